import { areaMessages } from "./area.ts";

/** Messages of action items (tindak lanjut), their reminders, and the work plan (rencana aksi). */
export const followUpMessages = areaMessages(
  {
    "action_item.owner_either": "pilih pengguna atau ketik nama penanggung jawab, tidak keduanya",
    "action_item.decision_needs_meeting": "keputusan hanya dapat dipilih bersama rapatnya",
    "action_item.reason_required": "tuliskan alasan tindak lanjut ini dihentikan",
    "action_item.reason_only_for_drop": "alasan hanya diisi bila tindak lanjut dihentikan",
    "action_item.note_or_status": "tuliskan perkembangan atau pilih status baru",
    "action_item.meeting_unknown": "rapat tidak ditemukan",
    "action_item.meeting_cancelled": "rapat ini dibatalkan; tindak lanjut tidak dapat dicatat padanya",
    "action_item.decision_unknown": "keputusan ini bukan bagian dari rapat ini",
    "action_item.programme_unknown": "program rencana aksi tidak ditemukan",
    "action_item.owner_user_unknown": "pengguna ini bukan anggota aktif organisasi penanggung jawab",
    "action_item.due_before_meeting": "batas waktu tidak boleh sebelum tanggal rapat ({date})",
    "action_item.due_too_far": "batas waktu paling lambat lima tahun dari hari ini",
    "action_item.status_not_allowed": "status “{from}” tidak dapat langsung diubah menjadi “{to}”",
    "action_item.status_unchanged": "statusnya sudah “{status}”",
    "action_item.reopen_needs_note": "tuliskan mengapa tindak lanjut ini dibuka kembali",
    "action_item.closed":
      "Tindak lanjut yang sudah selesai atau dihentikan tidak dapat diubah. Buka kembali dulu.",
    "action_item.nothing_changed": "tidak ada yang berubah",
    "action_item.attachments_too_large": "lampiran bersama-sama paling besar {maximum} MB",
    "action_item.status.open": "terbuka",
    "action_item.status.in_progress": "sedang dikerjakan",
    "action_item.status.done": "selesai",
    "action_item.status.dropped": "dihentikan",
    "action_item.agenda_title": "Tindak lanjut: {description}",
    "action_item.mail.due_soon_subject": "Pengingat tindak lanjut: batas waktu {due}",
    "action_item.mail.overdue_subject": "Tindak lanjut melewati batas waktu ({due})",
    "action_item.mail.greeting": "Yth. {organization},",
    "action_item.mail.due_soon_intro":
      "Tindak lanjut berikut menjadi tanggung jawab organisasi Anda dan jatuh tempo {days} hari lagi, pada {due}.",
    "action_item.mail.due_today_intro":
      "Tindak lanjut berikut menjadi tanggung jawab organisasi Anda dan jatuh tempo hari ini, {due}.",
    "action_item.mail.overdue_intro":
      "Tindak lanjut berikut menjadi tanggung jawab organisasi Anda dan sudah {days} hari melewati batas waktunya ({due}).",
    "action_item.mail.item": "Tindak lanjut: {description}",
    "action_item.mail.source_meeting": "Dari rapat: {meeting} ({date})",
    "action_item.mail.owner": "Penanggung jawab: {owner}",
    "action_item.mail.status": "Status saat ini: {status}",
    "action_item.mail.ask":
      "Mohon laporkan perkembangannya atau tandai selesai di Gugus. Bila tidak dapat dilaksanakan, beri tahu sekretariat alasannya.",
    "action_item.mail.link": "Buka tindak lanjut: {url}",
    "action_item.mail.no_link": "Buka Gugus, menu Koordinasi > Tindak lanjut.",
    "action_item.mail.footer":
      "Pesan ini dikirim otomatis oleh Gugus, sistem informasi Gugus Tugas PP-TPPO. Anda menerimanya sebagai anggota {organization}.",
    "work_plan.exists": "rencana aksi tahun {year} sudah ada",
    "work_plan.copy_source_missing": "tidak ada rencana aksi tahun {year} untuk disalin",
    "work_plan.copy_same_year": "pilih tahun lain untuk disalin",
    "work_plan.default_title": "Rencana Aksi Daerah GT PP-TPPO Tahun {year}",
    "work_plan.programme_unknown": "program tidak ditemukan dalam rencana ini",
    "work_plan.programme_in_use":
      "Program ini masih punya indikator atau tindak lanjut. Hapus atau pindahkan dulu.",
    "work_plan.indicator_computed":
      "Nilai indikator ini dihitung otomatis dari data Gugus, jadi tidak perlu diisi.",
    "work_plan.measured_before_year": "tanggal tidak boleh sebelum tahun rencana ({year})",
    "work_plan.metric_has_actuals":
      "indikator ini punya realisasi yang diisi; hapus dulu sebelum memakai nilai otomatis",
    "work_plan.source.cases": "Dihitung dari data kasus {source}, per {cutoff} WIB",
    "work_plan.source.services":
      "Dihitung dari data layanan korban Gugus (rehabilitasi kesehatan dan sosial), per {cutoff} WIB",
    "work_plan.source.prevention":
      "Dihitung dari kegiatan pencegahan terlaksana yang dicatat di Gugus, per {cutoff} WIB",
    "work_plan.source.meetings":
      "Dihitung dari rapat koordinasi terlaksana yang dicatat di Gugus, per {cutoff} WIB",
    "work_plan.source.action_items":
      "Dihitung dari tindak lanjut yang jatuh tempo tahun ini sampai hari ini, per {cutoff} WIB",
    "work_plan.source.entered": "Diisi oleh {name}, data per {date}",
    "work_plan.source.entered_note": "Diisi oleh {name}, data per {date}: {note}",
  },
  {
    "action_item.owner_either": "pick a user or type the name of the person responsible, not both",
    "action_item.decision_needs_meeting": "a decision can only be chosen together with its meeting",
    "action_item.reason_required": "give the reason this action item is dropped",
    "action_item.reason_only_for_drop": "a reason is only given when the action item is dropped",
    "action_item.note_or_status": "write the progress or choose a new status",
    "action_item.meeting_unknown": "meeting not found",
    "action_item.meeting_cancelled": "this meeting was cancelled; no action items can be recorded on it",
    "action_item.decision_unknown": "this decision is not part of this meeting",
    "action_item.programme_unknown": "work plan programme not found",
    "action_item.owner_user_unknown": "this user is not an active member of the responsible organisation",
    "action_item.due_before_meeting": "the due date cannot be before the meeting's date ({date})",
    "action_item.due_too_far": "the due date can be at most five years from today",
    "action_item.status_not_allowed": "the status “{from}” cannot change straight to “{to}”",
    "action_item.status_unchanged": "the status is already “{status}”",
    "action_item.reopen_needs_note": "say why this action item is reopened",
    "action_item.closed": "An action item that is done or dropped cannot be changed. Reopen it first.",
    "action_item.nothing_changed": "nothing changed",
    "action_item.attachments_too_large": "the attachments together may be at most {maximum} MB",
    "action_item.status.open": "open",
    "action_item.status.in_progress": "in progress",
    "action_item.status.done": "done",
    "action_item.status.dropped": "dropped",
    "action_item.agenda_title": "Follow-up: {description}",
    "action_item.mail.due_soon_subject": "Action item reminder: due {due}",
    "action_item.mail.overdue_subject": "Action item past its due date ({due})",
    "action_item.mail.greeting": "Dear {organization},",
    "action_item.mail.due_soon_intro":
      "The following action item is your organisation's responsibility and is due in {days} days, on {due}.",
    "action_item.mail.due_today_intro":
      "The following action item is your organisation's responsibility and is due today, {due}.",
    "action_item.mail.overdue_intro":
      "The following action item is your organisation's responsibility and is {days} days past its due date ({due}).",
    "action_item.mail.item": "Action item: {description}",
    "action_item.mail.source_meeting": "From the meeting: {meeting} ({date})",
    "action_item.mail.owner": "Person responsible: {owner}",
    "action_item.mail.status": "Current status: {status}",
    "action_item.mail.ask":
      "Please report its progress or mark it done in Gugus. If it cannot be done, tell the secretariat why.",
    "action_item.mail.link": "Open the action item: {url}",
    "action_item.mail.no_link": "Open Gugus, menu Coordination > Action items.",
    "action_item.mail.footer":
      "This message was sent automatically by Gugus, the information system of the anti-trafficking task force. You receive it as a member of {organization}.",
    "work_plan.exists": "the work plan for {year} already exists",
    "work_plan.copy_source_missing": "there is no work plan for {year} to copy",
    "work_plan.copy_same_year": "choose another year to copy from",
    "work_plan.default_title": "Regional Action Plan of the Anti-Trafficking Task Force, {year}",
    "work_plan.programme_unknown": "programme not found in this plan",
    "work_plan.programme_in_use":
      "This programme still has indicators or action items. Remove or move them first.",
    "work_plan.indicator_computed":
      "This indicator's value is computed from Gugus's own data, so it is not entered.",
    "work_plan.measured_before_year": "the date cannot be before the plan's year ({year})",
    "work_plan.metric_has_actuals":
      "this indicator has entered actuals; remove them before using a computed value",
    "work_plan.source.cases": "Computed from the case records of {source}, as of {cutoff} WIB",
    "work_plan.source.services":
      "Computed from Gugus's records of services to victims (health and social rehabilitation), as of {cutoff} WIB",
    "work_plan.source.prevention":
      "Computed from the held prevention activities recorded in Gugus, as of {cutoff} WIB",
    "work_plan.source.meetings":
      "Computed from the held coordination meetings recorded in Gugus, as of {cutoff} WIB",
    "work_plan.source.action_items":
      "Computed from the action items due this year up to today, as of {cutoff} WIB",
    "work_plan.source.entered": "Entered by {name}, figure as of {date}",
    "work_plan.source.entered_note": "Entered by {name}, figure as of {date}: {note}",
  },
);
