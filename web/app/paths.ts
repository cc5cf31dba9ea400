/** Every page's address, in Indonesian like the rest of the UI; `/setup` is fixed by the server log. */
export const paths = {
  // The site root is the public portal (server-rendered); the staff app's home is here.
  home: "/beranda",
  // Figures of the task force for a period and area (coordinator, leadership).
  dashboard: "/dasbor",
  signIn: "/masuk",
  setup: "/setup",
  users: "/pengguna",
  organizations: "/organisasi",
  vocabularies: "/kosakata",
  vocabulary: (kind: string) => `/kosakata/${encodeURIComponent(kind)}`,
  regions: "/wilayah",
  audit: "/jejak-audit",
  cases: "/kasus",
  case: (id: string, tab?: string) => `/kasus/${encodeURIComponent(id)}${tab ? `/${tab}` : ""}`,
  complaints: "/pengaduan",
  complaint: (id: string) => `/pengaduan/${encodeURIComponent(id)}`,
  // Early warnings: the reporter's list and the secretariat's queue, the phone form, one report.
  warnings: "/kewaspadaan",
  newWarning: "/kewaspadaan/baru",
  warning: (id: string) => `/kewaspadaan/${encodeURIComponent(id)}`,
  referralInbox: "/rujukan",
  referral: (id: string) => `/rujukan/${encodeURIComponent(id)}`,
  // Prevention: activities (the static addresses win over an activity's id), coverage, schools.
  prevention: "/pencegahan",
  newActivity: "/pencegahan/baru",
  coverage: "/pencegahan/cakupan",
  activity: (id: string, tab?: string) => `/pencegahan/${encodeURIComponent(id)}${tab ? `/${tab}` : ""}`,
  schools: "/sekolah",
  // The public complaint form and its tracking page: no account needed.
  publicReport: "/lapor",
  publicTrack: "/lapor/lacak",
  // A knowledge test's answer page for participants, opened from the organiser's link or QR code.
  publicTests: "/tes",
  publicTest: (token: string) => `/tes/${encodeURIComponent(token)}`,
  // Bulk imports (data exchange): the form, the history, and one import's outcome.
  imports: "/data/impor",
  import: (id: string) => `/data/impor/${encodeURIComponent(id)}`,
  // Exports of case-level data in exchange layouts (HTCDS, SIMFONI-style, CTDC k-anonymised).
  exports: "/data/ekspor",
  // Periodic task-force reports: the list (and the form), one report's progress and editor.
  reports: "/laporan",
  report: (id: string) => `/laporan/${encodeURIComponent(id)}`,
  // Coordination: meetings (calendar and list), a new meeting, one meeting, structure, directory.
  coordination: "/koordinasi",
  newMeeting: "/koordinasi/rapat/baru",
  meeting: (id: string, tab?: string) => `/koordinasi/rapat/${encodeURIComponent(id)}${tab ? `/${tab}` : ""}`,
  structure: "/koordinasi/struktur",
  directory: "/koordinasi/direktori",
  // Action items: the caller's organisation's and (the secretariat) everyone's, one item; the yearly plan.
  actionItems: "/koordinasi/tindak-lanjut",
  actionItem: (id: string) => `/koordinasi/tindak-lanjut/${encodeURIComponent(id)}`,
  workPlan: (year?: number) => `/koordinasi/rencana-aksi${year ? `/${year}` : ""}`,
  // The public portal's content, kept by the secretariat; the portal itself is outside this app.
  portalAdmin: (tab?: string) => `/kelola-portal${tab ? `/${encodeURIComponent(tab)}` : ""}`,
  portalEntry: (id: string) => `/kelola-portal/konten/${encodeURIComponent(id)}`,
  account: "/akun",
  security: "/akun/keamanan",
} as const;

/** A `next` target from the query string, accepted only when it stays on this site. */
export function safeNextPath(next: string | null): string {
  // Security: "//host" and absolute URLs would turn the sign-in page into an open redirect.
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return paths.home;
  return next;
}
