import { boolean, index, integer, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, ts, updatedAt, uuidPk } from "./columns.ts";
import { organizations } from "./organizations.ts";
import { taskForces } from "./reference.ts";

export const users = pgTable(
  "users",
  {
    id: uuidPk(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role").notNull(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    taskForceId: uuid("task_force_id")
      .notNull()
      .references(() => taskForces.id),
    passwordHash: text("password_hash").notNull(),
    active: boolean("active").notNull().default(true),
    locale: text("locale").notNull().default("id"),
    // Security: the TOTP secret is encrypted with the data key (field-encryption.ts).
    totpSecretEnc: text("totp_secret_enc"),
    totpPendingEnc: text("totp_pending_enc"),
    totpEnabledAt: ts("totp_enabled_at"),
    failedLoginCount: integer("failed_login_count").notNull().default(0),
    lockedUntil: ts("locked_until"),
    passwordChangedAt: ts("password_changed_at").notNull().defaultNow(),
    lastLoginAt: ts("last_login_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(t.email),
    index("users_organization_id_idx").on(t.organizationId),
    index("users_task_force_name_idx").on(t.taskForceId, t.name, t.id),
  ],
);

export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: uuidPk(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    codeHash: text("code_hash").notNull(),
    usedAt: ts("used_at"),
    createdAt: createdAt(),
  },
  (t) => [index("recovery_codes_user_id_idx").on(t.userId)],
);

export const sessions = pgTable(
  "sessions",
  {
    id: uuidPk(),
    // Security: only the SHA-256 of the cookie's token is stored; a database leak gives no session.
    tokenHash: text("token_hash").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    secondFactorVerified: boolean("second_factor_verified").notNull().default(false),
    ip: text("ip"),
    userAgent: text("user_agent"),
    createdAt: createdAt(),
    lastSeenAt: ts("last_seen_at").notNull().defaultNow(),
    expiresAt: ts("expires_at").notNull(),
  },
  (t) => [uniqueIndex("sessions_token_hash_key").on(t.tokenHash), index("sessions_user_id_idx").on(t.userId)],
);

export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuidPk(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    name: text("name").notNull(),
    prefix: text("prefix").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    lastUsedAt: ts("last_used_at"),
    expiresAt: ts("expires_at"),
    revokedAt: ts("revoked_at"),
  },
  (t) => [
    uniqueIndex("api_tokens_token_hash_key").on(t.tokenHash),
    index("api_tokens_user_id_idx").on(t.userId),
  ],
);
