import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asc, eq, type SQL, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openContext } from "../bootstrap.ts";
import { loadConfig } from "../config.ts";
import type { Db } from "../db/database.ts";
import { openDatabase } from "../db/database.ts";
import { queryRows } from "../db/query-rows.ts";
import { auditEvents, organizations } from "../db/schema/index.ts";
import { runCli } from "../test/run-cli.ts";
import { createTestApp, describeEachDatabase, type TestApp } from "../test/test-app.ts";
import { canonicalJson, GENESIS_HASH, hashAuditRow } from "./audit-hash.ts";
import { type AccountRef, recordAudit } from "./record-audit.ts";
import { verifyAuditChain } from "./verify-audit.ts";

const cli = { kind: "system" as const, label: "cli" };

/** Runs one statement with the append-only trigger off, as someone with the owner's rights could. */
async function behindTheTrigger(db: Db, statement: SQL): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql.raw("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only"));
    await tx.execute(statement);
    await tx.execute(sql.raw("ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only"));
  });
}

const allRows = (db: Db) => db.select().from(auditEvents).orderBy(asc(auditEvents.seq));

async function lastSeq(db: Db): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`SELECT coalesce(max(seq), 0)::int AS n FROM audit_events`,
  );
  return row!.n;
}

describe("canonicalJson", () => {
  it("gives the same text whatever the order of object keys, at any depth", () => {
    const one = { b: 1, a: { d: [{ y: 1, x: 2 }], c: null }, e: "teks" };
    const other = { e: "teks", a: { c: null, d: [{ x: 2, y: 1 }] }, b: 1 };
    expect(canonicalJson(one)).toBe(canonicalJson(other));
    expect(canonicalJson(one)).toBe('{"a":{"c":null,"d":[{"x":2,"y":1}]},"b":1,"e":"teks"}');
  });

  it("keeps the order of array items, leaves out undefined fields and keeps nulls", () => {
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
    expect(canonicalJson({ a: 1, gone: undefined })).toBe(canonicalJson({ a: 1 }));
    expect(canonicalJson({ a: null })).not.toBe(canonicalJson({}));
  });

  it("makes the row hash change with any one field", () => {
    const row = {
      seq: 1,
      occurredAt: new Date("2025-01-01T00:00:00.000Z"),
      event: "user.created",
      taskForceId: null,
      actorUserId: null,
      actorName: "cli",
      ip: null,
      recordType: "user",
      recordId: "u1",
      data: { role: "admin", email: "a@b.id" },
      prevHash: GENESIS_HASH,
    };
    const hash = hashAuditRow(row);
    expect(hashAuditRow({ ...row, data: { email: "a@b.id", role: "admin" } })).toBe(hash);
    expect(hashAuditRow({ ...row, data: { role: "coordinator", email: "a@b.id" } })).not.toBe(hash);
    expect(hashAuditRow({ ...row, occurredAt: new Date("2025-01-01T00:00:00.001Z") })).not.toBe(hash);
    expect(hashAuditRow({ ...row, seq: 2 })).not.toBe(hash);
    expect(hashAuditRow({ ...row, prevHash: "1".repeat(64) })).not.toBe(hash);
  });
});

describeEachDatabase("the audit chain", (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t?.close());

  it("appends events with seq 1..n, each row carrying the hash of the one before", async () => {
    const user = await t.factories.user({ role: "admin" });
    const account: AccountRef = {
      kind: "account",
      userId: user.id,
      name: user.name,
      taskForceId: user.taskForceId,
      ip: "203.0.113.7",
    };
    expect(await lastSeq(t.ctx.db)).toBe(0);
    await recordAudit(t.ctx.db, null, { event: "auth.sign_in_failed", data: { reason: "unknown_email" } });
    await recordAudit(t.ctx.db, account, { event: "auth.signed_in", data: { via: "password" } });
    await recordAudit(t.ctx.db, cli, {
      event: "user.created",
      recordType: "user",
      recordId: user.id,
      data: { role: "admin", email: user.email },
    });
    await recordAudit(t.ctx.db, cli, {
      event: "regions.imported",
      data: { rows: 3, nested: { z: 1, a: 2 } },
    });
    await recordAudit(t.ctx.db, account, { event: "auth.signed_out" });

    const rows = await allRows(t.ctx.db);
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[0]!.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash);
    for (const row of rows) expect(row.hash).toBe(hashAuditRow(row));
    expect(new Set(rows.map((r) => r.hash)).size).toBe(5);

    expect(rows[0]).toMatchObject({ actorUserId: null, actorName: null, data: { reason: "unknown_email" } });
    expect(rows[1]).toMatchObject({
      actorUserId: user.id,
      actorName: user.name,
      taskForceId: user.taskForceId,
      ip: "203.0.113.7",
    });
    expect(rows[2]).toMatchObject({ actorName: "cli", recordType: "user", recordId: user.id });
    expect(rows[4]!.data).toEqual({});

    expect(await verifyAuditChain(t.ctx.db)).toEqual({
      rows: 5,
      lastSeq: 5,
      lastHash: rows[4]!.hash,
      problems: [],
    });
  });

  it("verifies the same in small batches and reports its progress", async () => {
    const progress: number[] = [];
    const result = await verifyAuditChain(t.ctx.db, (n) => progress.push(n), 2);
    expect(result).toMatchObject({ rows: 5, lastSeq: 5, problems: [] });
    expect(progress).toEqual([2, 4, 5]);
  });

  it("reports a row whose data was edited behind the trigger as edited, at that seq", async () => {
    const [original] = await t.ctx.db.select().from(auditEvents).where(eq(auditEvents.seq, 3));
    await behindTheTrigger(
      t.ctx.db,
      sql`UPDATE audit_events SET data = ${JSON.stringify({ role: "leadership" })}::jsonb WHERE seq = 3`,
    );
    expect(await verifyAuditChain(t.ctx.db)).toMatchObject({
      rows: 5,
      lastSeq: 5,
      problems: [{ seq: 3, problem: "edited" }],
    });

    // Put back, even with the keys in another order, the row verifies again: the hash covers values.
    const data = original!.data as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(data).reverse());
    await behindTheTrigger(
      t.ctx.db,
      sql`UPDATE audit_events SET data = ${JSON.stringify(reordered)}::jsonb WHERE seq = 3`,
    );
    expect((await verifyAuditChain(t.ctx.db)).problems).toEqual([]);
  });

  it("reports an edited actor or time as well as edited data", async () => {
    const [second] = await t.ctx.db.select().from(auditEvents).where(eq(auditEvents.seq, 2));
    await behindTheTrigger(t.ctx.db, sql`UPDATE audit_events SET actor_name = 'orang lain' WHERE seq = 2`);
    await behindTheTrigger(
      t.ctx.db,
      sql`UPDATE audit_events SET occurred_at = occurred_at - interval '1 hour' WHERE seq = 4`,
    );
    expect((await verifyAuditChain(t.ctx.db)).problems).toEqual([
      { seq: 2, problem: "edited" },
      { seq: 4, problem: "edited" },
    ]);
    await behindTheTrigger(
      t.ctx.db,
      sql`UPDATE audit_events SET actor_name = ${second!.actorName} WHERE seq = 2`,
    );
    await behindTheTrigger(
      t.ctx.db,
      sql`UPDATE audit_events SET occurred_at = occurred_at + interval '1 hour' WHERE seq = 4`,
    );
    expect((await verifyAuditChain(t.ctx.db)).problems).toEqual([]);
  });

  it("reports the gap a deleted middle row leaves", async () => {
    const [removed] = await t.ctx.db.select().from(auditEvents).where(eq(auditEvents.seq, 3));
    await behindTheTrigger(t.ctx.db, sql`DELETE FROM audit_events WHERE seq = 3`);
    expect(await verifyAuditChain(t.ctx.db)).toMatchObject({
      rows: 4,
      lastSeq: 5,
      problems: [{ seq: 4, problem: "missing_before" }],
    });

    await t.ctx.db.insert(auditEvents).values(removed!);
    expect(await verifyAuditChain(t.ctx.db)).toMatchObject({ rows: 5, lastSeq: 5, problems: [] });
  });

  it("reports a row whose link to the one before was rewritten", async () => {
    const [fifth] = await t.ctx.db.select().from(auditEvents).where(eq(auditEvents.seq, 5));
    await behindTheTrigger(
      t.ctx.db,
      sql`UPDATE audit_events SET prev_hash = ${"f".repeat(64)}, hash = ${"e".repeat(64)} WHERE seq = 5`,
    );
    const problems = (await verifyAuditChain(t.ctx.db)).problems;
    expect(problems).toContainEqual({ seq: 5, problem: "broken_link" });
    expect(problems).toContainEqual({ seq: 5, problem: "edited" });

    await behindTheTrigger(
      t.ctx.db,
      sql`UPDATE audit_events SET prev_hash = ${fifth!.prevHash}, hash = ${fifth!.hash} WHERE seq = 5`,
    );
    expect((await verifyAuditChain(t.ctx.db)).problems).toEqual([]);
  });

  it("writes no audit row when the transaction it belongs to throws", async () => {
    const before = await lastSeq(t.ctx.db);
    const home = await t.factories.secretariat();
    const name = `Organisasi Batal ${kind}`;
    await expect(
      t.ctx.db.transaction(async (tx) => {
        const [org] = await tx
          .insert(organizations)
          .values({ taskForceId: home.taskForceId, name, typeCode: "ngo", regionCode: "31.71" })
          .returning();
        await recordAudit(tx, cli, {
          event: "organization.created",
          recordType: "organization",
          recordId: org!.id,
        });
        throw new Error("gagal setelah audit");
      }),
    ).rejects.toThrow("gagal setelah audit");
    expect(await lastSeq(t.ctx.db)).toBe(before);
    expect(await t.ctx.db.select().from(organizations).where(eq(organizations.name, name))).toEqual([]);
  });

  it("keeps the chain gap-free and valid under 20 concurrent writers", async () => {
    const before = await verifyAuditChain(t.ctx.db);
    expect(before.problems).toEqual([]);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        recordAudit(t.ctx.db, cli, { event: "identity.viewed", recordType: "person", recordId: `p${i}` }),
      ),
    );
    const after = await verifyAuditChain(t.ctx.db);
    expect(after.rows).toBe(before.rows + 20);
    expect(after.lastSeq).toBe(before.lastSeq + 20);
    expect(after.problems).toEqual([]);
    const rows = await allRows(t.ctx.db);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
    expect(new Set(rows.slice(-20).map((r) => r.recordId)).size).toBe(20);
  });
});

describe("npm run gugus -- audit:verify", () => {
  let dir: string;
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "gugus-audit-cli-"));
    const ctx = await openContext(loadConfig({ GUGUS_DATA_DIR: dir }));
    try {
      for (const event of ["user.created", "user.updated", "user.deactivated"] as const) {
        await recordAudit(ctx.db, cli, { event, recordType: "user", recordId: "u-1", data: { step: event } });
      }
    } finally {
      await ctx.database.close();
    }
  });

  it("says the trail is intact and exits 0", () => {
    const intact = runCli(dir, "audit:verify");
    expect(intact.status, intact.stderr).toBe(0);
    expect(intact.stdout).toContain("utuh");
    expect(intact.stdout).toMatch(/\b3 baris/);
  }, 90_000);

  it("reports a row edited behind the trigger and exits 1", async () => {
    const database = await openDatabase({ kind: "embedded", dataDir: dir });
    try {
      await behindTheTrigger(
        database.db,
        sql`UPDATE audit_events SET event = 'user.activated' WHERE seq = 2`,
      );
    } finally {
      await database.close();
    }

    const tampered = runCli(dir, "audit:verify");
    expect(tampered.status).toBe(1);
    expect(tampered.stderr).toContain("RUSAK");
    expect(tampered.stderr).toContain("seq 2: diubah / edited");
    expect(tampered.stdout).not.toContain("utuh");
  }, 120_000);
});
