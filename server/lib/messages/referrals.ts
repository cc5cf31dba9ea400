import { areaMessages } from "./area.ts";

/** Messages of the care side of a case: consent, assessments, referrals and services. */
export const referralMessages = areaMessages(
  {
    "field.duplicate_items": "tidak boleh ada isian yang sama dua kali",
    "field.not_victim": "bukan korban dalam kasus ini",
    "field.guardian_required": "pilih pendamping/wali yang memberikan persetujuan",
    "field.guardian_only_for_guardian": "hanya diisi bila persetujuan diberikan oleh pendamping/wali",
    "field.guardian_unknown": "bukan pendamping/wali dalam kasus ini",
    "field.guardian_of_other": "pendamping/wali ini tercatat untuk korban lain",
    "field.consent_missing":
      "korban belum memberikan persetujuan rujukan (atau sudah menariknya); catat persetujuan terlebih dahulu",
    "field.consent_override_not_allowed":
      "hanya koordinator yang dapat mengirim rujukan tanpa persetujuan korban",
    "field.referral_to_own_organization": "rujukan harus ditujukan ke organisasi lain, bukan organisasi Anda",
    "field.referral_not_of_person": "rujukan ini bukan rujukan untuk korban ini dalam kasus ini",
    "field.provider_not_referral_recipient": "harus organisasi penerima rujukan",
    "field.required_for_status": "wajib diisi bila status layanan {status}",
    "field.ended_before_started": "tidak boleh sebelum tanggal mulai",
    "consent.already_withdrawn": "Persetujuan ini sudah ditarik sebelumnya.",
    "referral.not_awaiting_response":
      "Rujukan ini sudah dijawab. Hanya rujukan berstatus terkirim yang dapat diterima atau ditolak.",
    "referral.not_accepted":
      "Rujukan ini belum diterima atau sudah ditutup. Terima rujukan terlebih dahulu sebelum menyelesaikannya atau mencatat layanan.",
    "referral.already_closed": "Rujukan ini sudah ditolak, diselesaikan atau dibatalkan.",
  },
  {
    "field.duplicate_items": "must not list the same item twice",
    "field.not_victim": "is not a victim in this case",
    "field.guardian_required": "choose the guardian who gave consent",
    "field.guardian_only_for_guardian": "only for consent given by a guardian",
    "field.guardian_unknown": "is not a guardian in this case",
    "field.guardian_of_other": "this guardian is recorded for another victim",
    "field.consent_missing":
      "the victim has not consented to referral (or has withdrawn consent); record consent first",
    "field.consent_override_not_allowed":
      "only a coordinator may send a referral without the victim's consent",
    "field.referral_to_own_organization": "a referral goes to another organisation, not your own",
    "field.referral_not_of_person": "this referral is not for this victim in this case",
    "field.provider_not_referral_recipient": "must be the organisation the referral was sent to",
    "field.required_for_status": "is required when the service is {status}",
    "field.ended_before_started": "cannot be before the start date",
    "consent.already_withdrawn": "This consent was already withdrawn.",
    "referral.not_awaiting_response":
      "This referral has already been answered. Only a referral in the sent state can be accepted or declined.",
    "referral.not_accepted":
      "This referral is not accepted, or is already closed. Accept it before completing it or recording services.",
    "referral.already_closed": "This referral has already been declined, completed or cancelled.",
  },
);
