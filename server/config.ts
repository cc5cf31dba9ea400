import { resolve } from "node:path";
import { z } from "zod";
import { roles } from "../shared/roles.ts";

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => value === "true" || value === "1" || value === "yes");
const list = z.string().transform((value) =>
  value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean),
);

/** Every environment variable Gugus reads, parsed and validated here and nowhere else. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres://")
    .optional(),
  GUGUS_DATA_DIR: z.string().default("./data"),
  GUGUS_DATA_KEY: z.string().optional(),
  GUGUS_INDEX_KEY: z.string().optional(),
  GUGUS_PUBLIC_URL: z.url().optional(),
  GUGUS_PORTAL_TASK_FORCE: z.string().trim().min(1).max(40).optional(),
  GUGUS_TRUST_PROXY: bool.default(false),
  GUGUS_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  GUGUS_SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  GUGUS_2FA_REQUIRED_ROLES: list
    .pipe(z.array(z.enum(roles)))
    .default(["coordinator", "case_manager", "service_provider"]),
  GUGUS_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  GUGUS_LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  GUGUS_LOGIN_SLOWDOWN_MS: z.coerce.number().int().min(0).max(10000).default(250),
  GUGUS_LOGIN_IP_LIMIT: z.coerce.number().int().min(1).max(100000).default(30),
  GUGUS_PUBLIC_FORM_DIFFICULTY: z.coerce.number().int().min(0).max(32).default(16),
  GUGUS_PUBLIC_FORM_LIMIT: z.coerce.number().int().min(1).max(100000).default(5),
  GUGUS_PUBLIC_TRACKING_LIMIT: z.coerce.number().int().min(1).max(100000).default(30),
  GUGUS_PUBLIC_STATS_THRESHOLD: z.coerce.number().int().min(1).max(1000).default(11),
  GUGUS_PUBLIC_STATS_LIMIT: z.coerce.number().int().min(1).max(100000).default(120),
  GUGUS_PUBLIC_TEST_LIMIT: z.coerce.number().int().min(1).max(100000).default(300),
  GUGUS_EMBEDDED_SHARED_BUFFERS: z
    .string()
    .regex(/^\d+(kB|MB|GB)$/, "must be a size such as 16MB")
    .default("16MB"),
  GUGUS_DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  GUGUS_DEMO: bool.default(false),
  GUGUS_REFERRAL_RESPONSE_DAYS: z.coerce.number().int().min(1).max(90).default(3),
  GUGUS_ATTACHMENT_MAX_MB: z.coerce.number().int().min(1).max(100).default(10),
  GUGUS_IMPORT_MAX_MB: z.coerce.number().int().min(1).max(1000).default(64),
  GUGUS_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]+/, "must look like smtp://user:pass@host:587 or smtps://host:465")
    .optional(),
  GUGUS_MAIL_FROM: z.string().min(3).optional(),
  GUGUS_REMINDER_DAYS_BEFORE: z.coerce.number().int().min(0).max(60).default(3),
  GUGUS_REMINDER_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86400).default(300),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  dataKey: string | null;
  indexKey: string | null;
  publicUrl: string | null;
  /** The task force whose public portal the site root shows (its code); null: see public.repository.ts. */
  portalTaskForce: string | null;
  trustProxy: boolean;
  sessionIdleMs: number;
  sessionMaxMs: number;
  secondFactorRoles: readonly (typeof roles)[number][];
  loginMaxFailures: number;
  loginLockMs: number;
  loginSlowdownMs: number;
  loginIpLimitPer15Min: number;
  /** Leading zero bits the public form's proof of work asks for (2^n hashes on average). */
  publicFormDifficulty: number;
  publicFormLimitPer10Min: number;
  publicTrackingLimitPer10Min: number;
  /** Public statistics hide every count from 1 to this minus one, and whatever would reveal one. */
  publicStatsThreshold: number;
  /** Public statistics requests per IP per 10 minutes (a public page asks a few at once). */
  publicStatsLimitPer10Min: number;
  /** Requests to the public knowledge-test pages per IP per 10 minutes: a whole class shares one. */
  publicTestLimitPer10Min: number;
  dbPoolSize: number;
  embeddedSharedBuffers: string;
  demo: boolean;
  referralResponseDays: number;
  /** The largest case document accepted, in bytes of the file (its base64 upload is a third more). */
  attachmentMaxBytes: number;
  /** The largest file a bulk import takes, in bytes (a 100,000-row CTDC file is about 13 MB). */
  importMaxBytes: number;
  /** Where mail goes out (smtp:// or smtps://); null: mail stays queued and shown as not sent. */
  smtpUrl: string | null;
  /** The sender of outgoing mail, e.g. "Gugus Tugas TPPO <gugus@example.go.id>". */
  mailFrom: string;
  /** Days before an action item's due date its owners are reminded (0: no advance reminder). */
  reminderDaysBefore: number;
  /** How often the reminder pass looks for due reminders, in ms; 0: this process runs none. */
  reminderIntervalMs: number;
  logLevel: string;
};

/** Parses the environment; throws one message naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (FOO=) means "not set", as shells and service files commonly write it.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ""),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL ?? null,
    dataDir: resolve(e.GUGUS_DATA_DIR),
    dataKey: e.GUGUS_DATA_KEY ?? null,
    indexKey: e.GUGUS_INDEX_KEY ?? null,
    publicUrl: e.GUGUS_PUBLIC_URL ?? null,
    portalTaskForce: e.GUGUS_PORTAL_TASK_FORCE ?? null,
    trustProxy: e.GUGUS_TRUST_PROXY,
    sessionIdleMs: e.GUGUS_SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: e.GUGUS_SESSION_MAX_HOURS * 3_600_000,
    secondFactorRoles: e.GUGUS_2FA_REQUIRED_ROLES,
    loginMaxFailures: e.GUGUS_LOGIN_MAX_FAILURES,
    loginLockMs: e.GUGUS_LOGIN_LOCK_MINUTES * 60_000,
    loginSlowdownMs: e.GUGUS_LOGIN_SLOWDOWN_MS,
    loginIpLimitPer15Min: e.GUGUS_LOGIN_IP_LIMIT,
    publicFormDifficulty: e.GUGUS_PUBLIC_FORM_DIFFICULTY,
    publicFormLimitPer10Min: e.GUGUS_PUBLIC_FORM_LIMIT,
    publicTrackingLimitPer10Min: e.GUGUS_PUBLIC_TRACKING_LIMIT,
    publicStatsThreshold: e.GUGUS_PUBLIC_STATS_THRESHOLD,
    publicStatsLimitPer10Min: e.GUGUS_PUBLIC_STATS_LIMIT,
    publicTestLimitPer10Min: e.GUGUS_PUBLIC_TEST_LIMIT,
    dbPoolSize: e.GUGUS_DB_POOL_SIZE,
    embeddedSharedBuffers: e.GUGUS_EMBEDDED_SHARED_BUFFERS,
    demo: e.GUGUS_DEMO,
    referralResponseDays: e.GUGUS_REFERRAL_RESPONSE_DAYS,
    attachmentMaxBytes: e.GUGUS_ATTACHMENT_MAX_MB * 1024 * 1024,
    importMaxBytes: e.GUGUS_IMPORT_MAX_MB * 1024 * 1024,
    smtpUrl: e.GUGUS_SMTP_URL ?? null,
    mailFrom: e.GUGUS_MAIL_FROM ?? "Gugus <gugus@localhost>",
    reminderDaysBefore: e.GUGUS_REMINDER_DAYS_BEFORE,
    reminderIntervalMs: e.GUGUS_REMINDER_INTERVAL_SECONDS * 1000,
    logLevel: e.LOG_LEVEL,
  };
}
