import { areaMessages } from "./area.ts";

/** Messages of the knowledge test (organiser and public page) and of the prevention exports. */
export const preventionTestMessages = areaMessages(
  {
    "knowledge_test.true_false_no_options": "pertanyaan benar/salah tidak memakai pilihan jawaban sendiri",
    "knowledge_test.true_false_answer": "jawaban pertanyaan benar/salah harus 0 (benar) atau 1 (salah)",
    "knowledge_test.options_count": "pertanyaan pilihan ganda perlu 2 sampai 5 pilihan",
    "knowledge_test.correct_option_missing": "tandai salah satu pilihan yang ada sebagai jawaban benar",
    "knowledge_test.duplicate_option": "pilihan ini sama dengan pilihan lain pada pertanyaan yang sama",
    "knowledge_test.nothing_to_change": "sebutkan pertanyaan atau tahap yang dibuka",
    "knowledge_test.exists": "Kegiatan ini sudah memiliki tes pengetahuan. Ubah tes yang ada.",
    "knowledge_test.locked":
      "Pertanyaan tidak dapat diubah lagi karena sudah ada {count} jawaban masuk; mengubahnya akan merusak perbandingan skor.",
    "knowledge_test.activity_cancelled": "Kegiatan ini dibatalkan, jadi tesnya tidak dapat dibuka.",
    "knowledge_test.unknown":
      "Tes tidak ditemukan. Periksa kembali tautannya atau pindai ulang kode QR dari penyelenggara.",
    "knowledge_test.phase_closed":
      "Saat ini {phase} sedang tidak dibuka. Tunggu aba-aba penyelenggara, lalu muat ulang halaman.",
    "knowledge_test.already_answered": "Anda sudah mengirim jawaban {phase} dari perangkat ini.",
    "knowledge_test.answers_count": "jawab semua {count} pertanyaan",
    "knowledge_test.answer_invalid": "pilihan ini tidak ada pada pertanyaan ini",
    "knowledge_test.full": "Tes ini sudah menerima jumlah jawaban terbanyak ({maximum}) untuk tahap ini.",
    "prevention_export.attendance_empty": "Kegiatan ini belum memiliki daftar hadir untuk diunduh.",
  },
  {
    "knowledge_test.true_false_no_options": "a true/false question takes no answer options of its own",
    "knowledge_test.true_false_answer": "the answer to a true/false question must be 0 (true) or 1 (false)",
    "knowledge_test.options_count": "a multiple-choice question needs 2 to 5 options",
    "knowledge_test.correct_option_missing": "mark one of the options given as the correct answer",
    "knowledge_test.duplicate_option": "this option repeats another option of the same question",
    "knowledge_test.nothing_to_change": "name the questions or the phase to open",
    "knowledge_test.exists": "This activity already has a knowledge test. Change the existing one.",
    "knowledge_test.locked":
      "The questions can no longer change: {count} answers are already in, and changing them would spoil the comparison of scores.",
    "knowledge_test.activity_cancelled": "This activity was cancelled, so its test cannot be opened.",
    "knowledge_test.unknown": "Test not found. Check the link, or scan the organiser's QR code again.",
    "knowledge_test.phase_closed":
      "The {phase} is not open right now. Wait for the organiser's signal, then reload the page.",
    "knowledge_test.already_answered": "You have already sent your {phase} answers from this device.",
    "knowledge_test.answers_count": "answer all {count} questions",
    "knowledge_test.answer_invalid": "this question has no such option",
    "knowledge_test.full":
      "This test has already received the most answers it takes ({maximum}) for this phase.",
    "prevention_export.attendance_empty": "This activity has no attendance list to download yet.",
  },
);

/** The phases as messages name them. */
export const phaseNames = {
  pre: { id: "tes awal (pra-tes)", en: "pre-test" },
  post: { id: "tes akhir (pasca-tes)", en: "post-test" },
} as const;
