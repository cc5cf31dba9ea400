/** The six roles of API.md; a user has exactly one. */
export const roles = [
  "admin",
  "coordinator",
  "case_manager",
  "service_provider",
  "field_reporter",
  "leadership",
] as const;

export type Role = (typeof roles)[number];
