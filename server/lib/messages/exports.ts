import { areaMessages } from "./area.ts";

/** Messages of case-level exports (HTCDS, SIMFONI-style, CTDC k-anonymised). */
export const exportMessages = areaMessages(
  {
    "error.export_identity_forbidden":
      "Ekspor dengan identitas korban (includeIdentity) memerlukan izin melihat identitas dan sesi yang diverifikasi dengan autentikasi dua langkah. Matikan includeIdentity, atau masuk kembali dengan verifikasi dua langkah.",
    "export.identity_not_in_ctdc":
      "tata letak CTDC tidak pernah memuat identitas; matikan includeIdentity atau pilih HTCDS/SIMFONI",
    "export.k_only_ctdc": "k hanya berlaku untuk tata letak CTDC (ctdc-k-anon)",
  },
  {
    "error.export_identity_forbidden":
      "An export with the victims' identity (includeIdentity) needs the permission to see identity and a session verified with two-step authentication. Turn includeIdentity off, or sign in again with two-step verification.",
    "export.identity_not_in_ctdc":
      "the CTDC layout never carries identity; turn includeIdentity off or choose HTCDS/SIMFONI",
    "export.k_only_ctdc": "k applies to the CTDC layout (ctdc-k-anon) only",
  },
);
