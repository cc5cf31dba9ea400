export * from "./audit.ts";
export * from "./organizations.ts";
export * from "./reference.ts";
export * from "./users.ts";
