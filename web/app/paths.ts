/** Every page's address, in Indonesian like the rest of the UI; `/setup` is fixed by the server log. */
export const paths = {
  home: "/",
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
  referralInbox: "/rujukan",
  referral: (id: string) => `/rujukan/${encodeURIComponent(id)}`,
  // The public complaint form and its tracking page: no account needed.
  publicReport: "/lapor",
  publicTrack: "/lapor/lacak",
  account: "/akun",
  security: "/akun/keamanan",
} as const;

/** A `next` target from the query string, accepted only when it stays on this site. */
export function safeNextPath(next: string | null): string {
  // Security: "//host" and absolute URLs would turn the sign-in page into an open redirect.
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return paths.home;
  return next;
}
