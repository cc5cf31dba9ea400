/** Messages the server writes to users: errors and field problems, in Bahasa Indonesia and English. */
import { followUpMessages } from "./messages/action-items.ts";
import { caseMessages } from "./messages/cases.ts";
import { complaintMessages } from "./messages/complaints.ts";
import { coordinationMessages } from "./messages/coordination.ts";
import { dashboardMessages } from "./messages/dashboard.ts";
import { earlyWarningMessages } from "./messages/early-warnings.ts";
import { exportMessages } from "./messages/exports.ts";
import { importMessages } from "./messages/imports.ts";
import { legalMessages } from "./messages/legal.ts";
import { periodicReportMessages } from "./messages/periodic-reports.ts";
import { portalMessages } from "./messages/portal.ts";
import { preventionMessages } from "./messages/prevention.ts";
import { preventionTestMessages } from "./messages/prevention-tests.ts";
import { referralMessages } from "./messages/referrals.ts";
import { statisticsMessages } from "./messages/statistics.ts";

export const locales = ["id", "en"] as const;
export type Locale = (typeof locales)[number];

const coreId = {
  "error.validation_failed": "Data yang dikirim belum benar. Periksa kolom yang ditandai.",
  "error.unauthenticated": "Anda belum masuk atau sesi Anda telah berakhir. Silakan masuk kembali.",
  "error.invalid_credentials": "Email atau kata sandi salah.",
  "error.second_factor_required": "Masukkan kode 6 digit dari aplikasi autentikator Anda.",
  "error.second_factor_invalid": "Kode verifikasi salah atau sudah kedaluwarsa. Coba kode yang baru.",
  "error.account_locked":
    "Akun dikunci sementara karena terlalu banyak percobaan masuk yang gagal. Coba lagi setelah {until} WIB atau minta admin membukanya.",
  "error.too_many_requests":
    "Terlalu banyak permintaan dari alamat Anda. Tunggu beberapa menit lalu coba lagi.",
  "error.forbidden": "Peran Anda tidak memiliki izin untuk tindakan ini.",
  "error.csrf_rejected":
    "Permintaan ditolak karena tidak berasal dari aplikasi Gugus. Muat ulang halaman lalu coba lagi.",
  "error.not_found": "Data tidak ditemukan.",
  "error.conflict": "Data bentrok dengan data yang sudah ada.",
  "error.setup_closed": "Penyiapan awal sudah selesai. Masuk dengan akun administrator.",
  "error.payload_too_large": "Data yang dikirim terlalu besar.",
  "error.unsupported_media_type": "Kirim data sebagai JSON (Content-Type: application/json).",
  "error.internal": "Terjadi kesalahan pada server. Kesalahan ini sudah dicatat; coba lagi nanti.",
  "error.route_not_found": "Alamat API {method} {url} tidak ada.",
  "error.malformed_json": "Isi permintaan bukan JSON yang sah.",
  "error.second_factor_needed_for_permission":
    "Tindakan ini memerlukan sesi dengan verifikasi dua langkah. Aktifkan autentikasi dua langkah lalu masuk kembali.",
  "field.required": "wajib diisi",
  "field.invalid_type": "harus berupa {expected}",
  "field.too_short": "minimal {minimum} karakter",
  "field.too_long": "maksimal {maximum} karakter",
  "field.too_small": "tidak boleh kurang dari {minimum}",
  "field.too_big": "tidak boleh lebih dari {maximum}",
  "field.too_few_items": "minimal {minimum} isian",
  "field.too_many_items": "maksimal {maximum} isian",
  "field.invalid_email": "bukan alamat email yang sah",
  "field.invalid_uuid": "bukan pengenal (UUID) yang sah",
  "field.invalid_date": "bukan tanggal yang sah (format TTTT-BB-HH)",
  "field.invalid_datetime": "bukan waktu yang sah (format ISO 8601)",
  "field.invalid_format": "formatnya tidak sesuai",
  "field.invalid_value": "harus salah satu dari: {values}",
  "field.unknown_field": "kolom ini tidak dikenal",
  "field.invalid": "isinya tidak sah",
  "field.not_integer": "harus bilangan bulat",
  "field.email_taken": "sudah dipakai pengguna lain",
  "field.organization_unknown": "organisasi tidak ditemukan",
  "field.organization_inactive": "organisasi sudah dinonaktifkan",
  "field.region_unknown": "kode wilayah tidak dikenal",
  "field.vocabulary_unknown": "kode tidak ada dalam daftar {kind}",
  "field.working_group_unknown": "sub gugus tugas tidak ditemukan",
  "field.code_taken": "kode sudah dipakai",
  "field.current_password_wrong": "kata sandi saat ini salah",
  "field.password_reused": "kata sandi baru harus berbeda dari yang lama",
  "field.setup_token_invalid": "tautan penyiapan tidak sah atau sudah dipakai",
  "field.totp_not_started": "mulai penyiapan autentikasi dua langkah terlebih dahulu",
  "field.totp_code_wrong": "kode tidak cocok; periksa jam ponsel Anda lalu coba kode berikutnya",
  "field.cannot_deactivate_self": "Anda tidak dapat menonaktifkan akun Anda sendiri",
  "field.cannot_demote_self": "Anda tidak dapat mengubah peran akun Anda sendiri",
  "field.date_range": "tanggal akhir harus sesudah tanggal awal",
  "field.cursor_invalid": "penanda halaman tidak sah; muat ulang daftar",
  "type.string": "teks",
  "type.number": "angka",
  "type.boolean": "benar/salah",
  "type.object": "objek",
  "type.array": "daftar",
} as const;

type CoreKey = keyof typeof coreId;

const coreEn: Record<CoreKey, string> = {
  "error.validation_failed": "Some of the data sent is not valid. Check the fields marked.",
  "error.unauthenticated": "You are not signed in, or your session has ended. Please sign in again.",
  "error.invalid_credentials": "Wrong email or password.",
  "error.second_factor_required": "Enter the 6-digit code from your authenticator app.",
  "error.second_factor_invalid": "The verification code is wrong or has expired. Try a new code.",
  "error.account_locked":
    "The account is locked for a while after too many failed sign-ins. Try again after {until} WIB or ask an administrator to unlock it.",
  "error.too_many_requests": "Too many requests from your address. Wait a few minutes and try again.",
  "error.forbidden": "Your role does not allow this action.",
  "error.csrf_rejected":
    "The request was refused because it did not come from the Gugus app. Reload the page and try again.",
  "error.not_found": "Not found.",
  "error.conflict": "This clashes with existing data.",
  "error.setup_closed": "The initial setup is already done. Sign in with an administrator account.",
  "error.payload_too_large": "The data sent is too large.",
  "error.unsupported_media_type": "Send the data as JSON (Content-Type: application/json).",
  "error.internal": "Something went wrong on the server. It has been logged; try again later.",
  "error.route_not_found": "There is no API route {method} {url}.",
  "error.malformed_json": "The request body is not valid JSON.",
  "error.second_factor_needed_for_permission":
    "This action needs a session verified with two-step authentication. Turn it on, then sign in again.",
  "field.required": "is required",
  "field.invalid_type": "must be {expected}",
  "field.too_short": "must be at least {minimum} characters",
  "field.too_long": "must be at most {maximum} characters",
  "field.too_small": "must not be less than {minimum}",
  "field.too_big": "must not be more than {maximum}",
  "field.too_few_items": "needs at least {minimum} items",
  "field.too_many_items": "takes at most {maximum} items",
  "field.invalid_email": "is not a valid email address",
  "field.invalid_uuid": "is not a valid identifier (UUID)",
  "field.invalid_date": "is not a valid date (format YYYY-MM-DD)",
  "field.invalid_datetime": "is not a valid time (ISO 8601)",
  "field.invalid_format": "does not have the expected format",
  "field.invalid_value": "must be one of: {values}",
  "field.unknown_field": "is not a known field",
  "field.invalid": "is not valid",
  "field.not_integer": "must be a whole number",
  "field.email_taken": "is already used by another user",
  "field.organization_unknown": "organisation not found",
  "field.organization_inactive": "organisation is deactivated",
  "field.region_unknown": "unknown region code",
  "field.vocabulary_unknown": "is not a code in the {kind} list",
  "field.working_group_unknown": "working group not found",
  "field.code_taken": "code already in use",
  "field.current_password_wrong": "current password is wrong",
  "field.password_reused": "the new password must differ from the old one",
  "field.setup_token_invalid": "the setup link is invalid or already used",
  "field.totp_not_started": "start the two-step setup first",
  "field.totp_code_wrong": "the code does not match; check your phone's clock and try the next code",
  "field.cannot_deactivate_self": "you cannot deactivate your own account",
  "field.cannot_demote_self": "you cannot change your own role",
  "field.date_range": "the end date must be after the start date",
  "field.cursor_invalid": "invalid page marker; reload the list",
  "type.string": "text",
  "type.number": "a number",
  "type.boolean": "true/false",
  "type.object": "an object",
  "type.array": "a list",
};

// Each area keeps its messages in its own file under messages/, both languages side by side.
const id = {
  ...coreId,
  ...complaintMessages.id,
  ...caseMessages.id,
  ...referralMessages.id,
  ...legalMessages.id,
  ...portalMessages.id,
  ...statisticsMessages.id,
  ...preventionMessages.id,
  ...importMessages.id,
  ...exportMessages.id,
  ...preventionTestMessages.id,
  ...earlyWarningMessages.id,
  ...coordinationMessages.id,
  ...followUpMessages.id,
  ...dashboardMessages.id,
  ...periodicReportMessages.id,
};
export type MessageKey = keyof typeof id;
const en: Record<MessageKey, string> = {
  ...coreEn,
  ...complaintMessages.en,
  ...caseMessages.en,
  ...referralMessages.en,
  ...legalMessages.en,
  ...portalMessages.en,
  ...statisticsMessages.en,
  ...preventionMessages.en,
  ...importMessages.en,
  ...exportMessages.en,
  ...preventionTestMessages.en,
  ...earlyWarningMessages.en,
  ...coordinationMessages.en,
  ...followUpMessages.en,
  ...dashboardMessages.en,
  ...periodicReportMessages.en,
};

const catalogues: Record<Locale, Record<MessageKey, string>> = { id, en };

export function isMessageKey(value: string): value is MessageKey {
  return value in id;
}

/** The message in the locale, placeholders `{name}` filled from params. */
export function translate(
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  return catalogues[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The caller's language: an explicit `Accept-Language` naming English, else Bahasa Indonesia. */
export function pickLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return "id";
  const first = acceptLanguage.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "id";
}
