/** The session's cache key: the one query every other screen depends on. */
export const meQueryKey = ["auth", "me"] as const;
