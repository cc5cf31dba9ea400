import type { Permission } from "../../shared/permissions.ts";
import type { Role } from "../../shared/roles.ts";
import type { Locale } from "../lib/messages.ts";

/** A signed-in person making a request, through a browser session or a personal API token. */
export type UserActor = {
  kind: "user";
  userId: string;
  name: string;
  email: string;
  role: Role;
  organizationId: string;
  taskForceId: string;
  locale: Locale;
  permissions: ReadonlySet<Permission>;
  via: "session" | "token";
  sessionId: string | null;
  secondFactorEnrolled: boolean;
  secondFactorVerified: boolean;
  ip: string | null;
};

/** An operator at the command line (npm run gugus): acts for the deployment, audited as such. */
export type SystemActor = { kind: "system"; label: string };

export type Actor = UserActor | SystemActor;
