import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "../audit/record-audit.ts";
import { verifyAuditChain } from "../audit/verify-audit.ts";
import { openContext, version } from "../bootstrap.ts";
import { loadConfig } from "../config.ts";
import { type Database, type Db, openDatabase } from "../db/database.ts";
import { encryptedColumns } from "../db/encrypted-columns.ts";
import { loadMigrations } from "../db/migrate.ts";
import { queryRows } from "../db/query-rows.ts";
import { appSettings, regions, users } from "../db/schema/index.ts";
import { encryptField } from "../lib/crypto/field-encryption.ts";
import { openEmptyDatabase } from "../test/empty-database.ts";
import { makeFactories } from "../test/factories.ts";
import { runCli } from "../test/run-cli.ts";
import { createTestApp, describeEachDatabase, type TestApp } from "../test/test-app.ts";
import { BACKUP_FORMAT, type BackupHeader, writeBackup } from "./backup.ts";
import { RestoreRefused, restoreBackup } from "./restore.ts";
import { tablesInLoadOrder } from "./table-order.ts";

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "gugus-backup-"));
});
afterAll(() => work && rmSync(work, { recursive: true, force: true }));
const fileIn = (name: string) => join(work, `${name}-${randomUUID().slice(0, 8)}.jsonl.gz`);

/** Every table's rows as row_to_json text, in primary-key order (the migration ledger aside). */
async function snapshot(db: Db): Promise<Record<string, string[]>> {
  return db.transaction(async (tx) => {
    // The same instant prints the same on both engines only in one time zone.
    await tx.execute(sql.raw("SET LOCAL TIME ZONE 'UTC'"));
    const out: Record<string, string[]> = {};
    for (const table of await tablesInLoadOrder(tx)) {
      const keys = table.primaryKey.map((c) => `"${c}"`).join(", ");
      const rows = await queryRows<{ k: string; j: string }>(
        tx,
        sql.raw(
          `SELECT json_build_array(${keys})::text AS k, row_to_json(t)::text AS j FROM "${table.name}" t ORDER BY ${keys}`,
        ),
      );
      // Sorted here as well: text keys may collate differently on the two engines.
      out[table.name] = rows.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0)).map((r) => r.j);
    }
    return out;
  });
}

async function migrationTags(db: Db): Promise<string[]> {
  const rows = await queryRows<{ tag: string }>(db, sql`SELECT tag FROM gugus_migrations ORDER BY tag`);
  return rows.map((r) => r.tag);
}

/** Users (one with 2FA secrets), regions, a setting and audit events: something of every shape. */
async function fillWithData(t: TestApp): Promise<void> {
  const { db } = t.ctx;
  const admin = await t.factories.user({ role: "admin", name: 'Siti Nur\'aini "Ani"\nBaris dua' });
  await t.factories.user({ role: "case_manager" });
  const org = await t.factories.organization({ name: "Yayasan Pelangi — Jakarta ✓" });
  await t.factories.user({ role: "service_provider", organizationId: org.id });
  const secret = encryptedColumns.find((c) => c.column === "totp_secret_enc")!;
  await db
    .update(users)
    .set({
      totpSecretEnc: encryptField(t.ctx.keyring, "JBSWY3DPEHPK3PXP", secret.context(admin.id)),
      totpEnabledAt: new Date("2025-06-01T08:30:00.123Z"),
      failedLoginCount: 2,
    })
    .where(sql`${users.id} = ${admin.id}`);
  // Province 32 ships with the reference seed; its kota and kecamatan come from an import.
  await db.insert(regions).values([
    { code: "32.73", name: "Kota Bandung", level: "kabupaten_kota", parentCode: "32" },
    { code: "32.73.01", name: "Sukasari", level: "kecamatan", parentCode: "32.73", bpsCode: "3273010" },
  ]);
  await db.insert(appSettings).values({
    key: "backup-test",
    value: { nested: { list: [1, "dua", null, true] }, quote: 'a "b" \\ c', number: 12.5 },
  });
  const cli = { kind: "system" as const, label: "cli" };
  await recordAudit(db, cli, { event: "user.created", recordType: "user", recordId: admin.id });
  await recordAudit(db, cli, { event: "regions.imported", data: { rows: 3, file: "jabar.csv" } });
  await recordAudit(db, null, { event: "auth.sign_in_failed", data: { reason: "wrong_password" } });
}

async function readHeader(path: string): Promise<BackupHeader> {
  const text = gunzipSync(readFileSync(path)).toString("utf8");
  return JSON.parse(text.slice(0, text.indexOf("\n"))) as BackupHeader;
}

/** Rewrites a backup's JSON lines (header first) into a new file. */
function rewriteBackup(from: string, edit: (lines: string[]) => string[]): string {
  const lines = gunzipSync(readFileSync(from)).toString("utf8").split("\n").filter(Boolean);
  const to = fileIn("edited");
  writeFileSync(to, gzipSync(`${edit(lines).join("\n")}\n`));
  return to;
}

async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error("expected the restore to be refused");
}

/** A kabupaten the backup does not hold, under one of the provinces the reference seed ships. */
const extraRegion = (code: string) => ({
  code,
  name: `Wilayah tambahan ${code}`,
  level: "kabupaten_kota",
  parentCode: code.slice(0, 2),
});

describeEachDatabase("backup and restore", (kind) => {
  let source: TestApp;
  let backupFile: string;
  let sourceSnapshot: Record<string, string[]>;
  let target: Database;
  let dropTarget: () => Promise<void>;

  beforeAll(async () => {
    source = await createTestApp(kind);
    await fillWithData(source);
    backupFile = fileIn(`source-${kind}`);
    // Small batches, so the keyset paging over every kind of primary key is exercised.
    await writeBackup(source.ctx.db, backupFile, version, () => {}, 3);
    sourceSnapshot = await snapshot(source.ctx.db);
    ({ database: target, drop: dropTarget } = await openEmptyDatabase(kind));
  });
  afterAll(async () => {
    await source?.close();
    await target?.close();
    await dropTarget?.();
  });

  it("writes a header with the format, the applied migrations and every table's row count", async () => {
    const header = await readHeader(backupFile);
    expect(header.format).toBe(BACKUP_FORMAT);
    expect(header.appVersion).toBe(version);
    expect(header.migrations).toEqual(loadMigrations().map((m) => m.tag));
    const counts = Object.fromEntries(header.tables.map((t) => [t.name, t.rows]));
    expect(counts).toEqual(
      Object.fromEntries(Object.entries(sourceSnapshot).map(([name, rows]) => [name, rows.length])),
    );
    expect(counts.users).toBe(3);
    expect(counts.audit_events).toBe(3);
    expect(counts.regions).toBeGreaterThan(40);
  });

  it("knows which tables hold files, so those are paged a few rows at a time", async () => {
    const tables = await source.ctx.db.transaction((tx) => tablesInLoadOrder(tx));
    const holding = tables.filter((t) => t.holdsFiles).map((t) => t.name);
    expect(holding).toContain("case_attachments");
    expect(holding).not.toContain("users");
    expect(holding).not.toContain("audit_events");
  });

  it("restores into a fresh empty database with every row equal and the audit chain intact", async () => {
    expect(
      await queryRows(target.db, sql`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`),
    ).toEqual([]);
    const progress: [string, number, number][] = [];
    const header = await restoreBackup(target.db, backupFile, {
      force: false,
      onProgress: (table, rows, total) => progress.push([table, rows, total]),
    });
    expect(header.tables.length).toBe(Object.keys(sourceSnapshot).length);
    expect(await snapshot(target.db)).toEqual(sourceSnapshot);
    expect(await migrationTags(target.db)).toEqual(loadMigrations().map((m) => m.tag));
    expect(await verifyAuditChain(target.db)).toMatchObject({ rows: 3, lastSeq: 3, problems: [] });
    expect(progress).toContainEqual(["users", 3, 3]);
  });

  it("keeps the append-only trigger on the restored audit table", async () => {
    await expect(target.db.execute(sql`DELETE FROM audit_events`)).rejects.toThrow();
    expect((await snapshot(target.db)).audit_events).toEqual(sourceSnapshot.audit_events);
  });

  it("refuses a database that holds rows unless forced, and changes nothing", async () => {
    await target.db.insert(regions).values(extraRegion("33.01"));
    const before = await snapshot(target.db);
    const err = await rejectionOf(restoreBackup(target.db, backupFile, { force: false }));
    expect(err).toBeInstanceOf(RestoreRefused);
    expect(err.message).toContain("Basis data tujuan tidak kosong");
    expect(err.message).toContain("--force");
    expect(await snapshot(target.db)).toEqual(before);
  });

  it("replaces the whole content when forced", async () => {
    expect((await snapshot(target.db)).regions).not.toEqual(sourceSnapshot.regions);
    await restoreBackup(target.db, backupFile, { force: true });
    expect(await snapshot(target.db)).toEqual(sourceSnapshot);
    expect((await verifyAuditChain(target.db)).problems).toEqual([]);
  });

  it("refuses a backup whose rows stop short of its header, and leaves the database as it was", async () => {
    await target.db.insert(regions).values(extraRegion("34.01"));
    const before = await snapshot(target.db);
    // The header still claims every row; the last two rows are gone.
    const truncated = rewriteBackup(backupFile, (lines) => lines.slice(0, -2));
    const err = await rejectionOf(restoreBackup(target.db, truncated, { force: true }));
    expect(err).toBeInstanceOf(RestoreRefused);
    expect(err.message).toContain("the backup says");
    expect(await snapshot(target.db)).toEqual(before);
  });

  it("refuses a backup whose header claims more rows than it holds", async () => {
    const before = await snapshot(target.db);
    const inflated = rewriteBackup(backupFile, ([head, ...rows]) => {
      const header = JSON.parse(head!) as BackupHeader;
      header.tables = header.tables.map((t) => (t.name === "users" ? { ...t, rows: t.rows + 5 } : t));
      return [JSON.stringify(header), ...rows];
    });
    const err = await rejectionOf(restoreBackup(target.db, inflated, { force: true }));
    expect(err).toBeInstanceOf(RestoreRefused);
    expect(err.message).toContain("users: 3");
    expect(await snapshot(target.db)).toEqual(before);
  });

  it("refuses a backup cut off in the middle of the gzip stream, and leaves the database as it was", async () => {
    const before = await snapshot(target.db);
    const whole = readFileSync(backupFile);
    const cut = fileIn("cut");
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length * 0.6)));
    await expect(restoreBackup(target.db, cut, { force: true })).rejects.toThrow();
    expect(await snapshot(target.db)).toEqual(before);
  });

  it("refuses a backup from a newer Gugus, naming the unknown migration", async () => {
    const before = await snapshot(target.db);
    const future = rewriteBackup(backupFile, ([head, ...rows]) => {
      const header = JSON.parse(head!) as BackupHeader;
      header.migrations = [...header.migrations, "9999_from_the_future"];
      return [JSON.stringify(header), ...rows];
    });
    const err = await rejectionOf(restoreBackup(target.db, future, { force: true }));
    expect(err).toBeInstanceOf(RestoreRefused);
    expect(err.message).toContain("9999_from_the_future");
    expect(await snapshot(target.db)).toEqual(before);
  });

  it("refuses a file that is not a Gugus backup", async () => {
    const other = fileIn("other");
    writeFileSync(other, gzipSync('{"format":"something-else/1"}\n'));
    const err = await rejectionOf(restoreBackup(target.db, other, { force: true }));
    expect(err).toBeInstanceOf(RestoreRefused);
    expect(err.message).toContain("bukan cadangan Gugus");
  });

  if (kind === "postgres") {
    it("restores a backup of the embedded database into PostgreSQL", async () => {
      const embedded = await createTestApp("embedded");
      const file = fileIn("from-embedded");
      let embeddedSnapshot: Record<string, string[]>;
      try {
        await fillWithData(embedded);
        await writeBackup(embedded.ctx.db, file, version);
        embeddedSnapshot = await snapshot(embedded.ctx.db);
      } finally {
        await embedded.close();
      }
      const { database, drop } = await openEmptyDatabase("postgres");
      try {
        await restoreBackup(database.db, file, { force: false });
        expect(await snapshot(database.db)).toEqual(embeddedSnapshot);
        expect((await verifyAuditChain(database.db)).problems).toEqual([]);
      } finally {
        await database.close();
        await drop();
      }
    }, 120_000);
  }
});

describe("npm run gugus -- backup / restore", () => {
  let source: string;
  let restored: string;
  let file: string;
  let sourceSnapshot: Record<string, string[]>;

  beforeAll(async () => {
    source = join(work, "cli-source");
    restored = join(work, "cli-restored");
    file = join(work, "cli-backup.jsonl.gz");
    const ctx = await openContext(loadConfig({ GUGUS_DATA_DIR: source }));
    try {
      const factories = makeFactories(ctx);
      await factories.user({ role: "admin" });
      await recordAudit(ctx.db, { kind: "system", label: "cli" }, { event: "user.created" });
      sourceSnapshot = await snapshot(ctx.db);
    } finally {
      await ctx.database.close();
    }
  });

  it("backs up an embedded folder to a file", () => {
    const res = runCli(source, "backup", file);
    expect(res.status, res.stderr).toBe(0);
    expect(res.stdout).toContain(file);
    expect(existsSync(file)).toBe(true);
  }, 90_000);

  it("restores that file into another, empty folder", async () => {
    const res = runCli(restored, "restore", file);
    expect(res.status, res.stderr).toBe(0);
    expect(res.stdout).toContain("Dipulihkan dari");

    const database = await openDatabase({ kind: "embedded", dataDir: restored });
    try {
      const { audit_events: restoredAudit, ...restoredRest } = await snapshot(database.db);
      const { audit_events: sourceAudit, ...sourceRest } = sourceSnapshot;
      expect(restoredRest).toEqual(sourceRest);
      // The restore itself is the one event added, after the restored ones.
      expect(restoredAudit!.slice(0, sourceAudit!.length)).toEqual(sourceAudit);
      expect(restoredAudit).toHaveLength(sourceAudit!.length + 1);
      expect(restoredAudit!.at(-1)).toContain('"event":"backup.restored"');
      expect((await verifyAuditChain(database.db)).problems).toEqual([]);
    } finally {
      await database.close();
    }
  }, 120_000);

  it("refuses to restore into the folder that holds data without --force, in Indonesian, exit 1", () => {
    const res = runCli(source, "restore", file);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain("Basis data tujuan tidak kosong");
    expect(res.stderr).toContain("--force");
  }, 90_000);
});
