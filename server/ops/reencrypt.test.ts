import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openContext } from "../bootstrap.ts";
import { loadConfig } from "../config.ts";
import { type Db, openDatabase } from "../db/database.ts";
import { encryptedColumns } from "../db/encrypted-columns.ts";
import { queryRows } from "../db/query-rows.ts";
import { users } from "../db/schema/index.ts";
import { decryptField, encryptField, keyIdOf } from "../lib/crypto/field-encryption.ts";
import { type Keyring, loadOrCreateKeyringFile } from "../lib/crypto/keyring.ts";
import { makeFactories } from "../test/factories.ts";
import { runCli } from "../test/run-cli.ts";
import { createTestApp, describeEachDatabase, type TestApp } from "../test/test-app.ts";
import { reencryptAll } from "./reencrypt.ts";

const secretColumn = encryptedColumns.find((c) => c.column === "totp_secret_enc")!;
const pendingColumn = encryptedColumns.find((c) => c.column === "totp_pending_enc")!;

type Stored = { id: string; secret: string | null; pending: string | null };

async function storedValues(db: Db): Promise<Stored[]> {
  return queryRows<Stored>(
    db,
    sql`SELECT id::text AS id, totp_secret_enc AS secret, totp_pending_enc AS pending FROM users ORDER BY id`,
  );
}

describeEachDatabase("reencryptAll", (kind) => {
  let t: TestApp;
  let k1: Keyring;
  let both: Keyring;
  // What each user's encrypted columns should decrypt to, whatever key seals them.
  const plain = new Map<string, { secret: string; pending: string | null }>();

  beforeAll(async () => {
    t = await createTestApp(kind);
    const indexKey = randomBytes(32);
    k1 = { activeKeyId: "k1", keys: new Map([["k1", randomBytes(32)]]), indexKey };
    both = { activeKeyId: "k2", keys: new Map([...k1.keys, ["k2", randomBytes(32)]]), indexKey };
    for (let i = 0; i < 4; i++) {
      const user = await t.factories.user({ role: "case_manager" });
      const secret = `JBSWY3DPEHPK3PX${i}`;
      const pending = i % 2 === 0 ? `PENDING${i}SECRET` : null;
      await t.ctx.db
        .update(users)
        .set({
          totpSecretEnc: encryptField(k1, secret, secretColumn.context(user.id)),
          totpPendingEnc: pending === null ? null : encryptField(k1, pending, pendingColumn.context(user.id)),
        })
        .where(eq(users.id, user.id));
      plain.set(user.id, { secret, pending });
    }
    // A user without 2FA: nothing to re-encrypt, and nothing must be written into it.
    await t.factories.user({ role: "field_reporter" });
  });
  afterAll(() => t?.close());

  it("re-encrypts every value under the new active key, each still decrypting to the same secret", async () => {
    const counts = await reencryptAll(t.ctx.db, both);
    // Only users hold encrypted values here; every other encrypted column counts none.
    expect(counts).toMatchObject({ "users.totp_secret_enc": 4, "users.totp_pending_enc": 2 });
    expect(Object.values(counts).reduce((sum, n) => sum + n, 0)).toBe(6);

    const rows = await storedValues(t.ctx.db);
    for (const row of rows) {
      const expected = plain.get(row.id);
      if (!expected) {
        expect(row).toMatchObject({ secret: null, pending: null });
        continue;
      }
      expect(keyIdOf(row.secret!)).toBe("k2");
      expect(decryptField(both, row.secret!, secretColumn.context(row.id))).toBe(expected.secret);
      if (expected.pending === null) {
        expect(row.pending).toBeNull();
      } else {
        expect(keyIdOf(row.pending!)).toBe("k2");
        expect(decryptField(both, row.pending!, pendingColumn.context(row.id))).toBe(expected.pending);
      }
      // Sealed under k2 only: the old ring alone can no longer read it.
      expect(() => decryptField(k1, row.secret!, secretColumn.context(row.id))).toThrow(/k2/);
    }
  });

  it("re-encrypts nothing when run again", async () => {
    const before = await storedValues(t.ctx.db);
    const counts = await reencryptAll(t.ctx.db, both);
    expect(new Set(Object.values(counts))).toEqual(new Set([0]));
    expect(await storedValues(t.ctx.db)).toEqual(before);
  });

  it("changes nothing when a value cannot be decrypted with the ring", async () => {
    const [victim] = plain.keys();
    const foreign: Keyring = {
      activeKeyId: "k9",
      keys: new Map([["k9", randomBytes(32)]]),
      indexKey: k1.indexKey,
    };
    await t.ctx.db
      .update(users)
      .set({ totpSecretEnc: encryptField(foreign, "UNREADABLE", secretColumn.context(victim!)) })
      .where(eq(users.id, victim!));
    const before = await storedValues(t.ctx.db);
    const k3: Keyring = {
      ...both,
      activeKeyId: "k3",
      keys: new Map([...both.keys, ["k3", randomBytes(32)]]),
    };
    await expect(reencryptAll(t.ctx.db, k3)).rejects.toThrow(/k9/);
    // One transaction: the values re-encrypted before the failure were rolled back too.
    expect(await storedValues(t.ctx.db)).toEqual(before);
  });
});

describe("npm run gugus -- keys:rotate", () => {
  let dir: string;
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));
  let userId: string;
  let k1Token: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "gugus-keys-"));
    const ctx = await openContext(loadConfig({ GUGUS_DATA_DIR: dir }));
    try {
      expect(ctx.keyring.activeKeyId).toBe("k1");
      const user = await makeFactories(ctx).user({ role: "coordinator" });
      userId = user.id;
      k1Token = encryptField(ctx.keyring, "ROTATEDSECRET234", secretColumn.context(user.id));
      await ctx.db.update(users).set({ totpSecretEnc: k1Token }).where(eq(users.id, user.id));
    } finally {
      await ctx.database.close();
    }
  });

  it("adds k2 as the active key beside k1 and re-encrypts the TOTP secret under it", async () => {
    const before = JSON.parse(readFileSync(join(dir, "keys.json"), "utf8")) as {
      active: string;
      keys: Record<string, string>;
      index: string;
    };
    expect(before.active).toBe("k1");
    expect(Object.keys(before.keys)).toEqual(["k1"]);

    const res = runCli(dir, "keys:rotate");
    expect(res.status, res.stderr).toBe(0);
    expect(res.stdout).toContain("k2");

    const after = JSON.parse(readFileSync(join(dir, "keys.json"), "utf8")) as typeof before;
    expect(after.active).toBe("k2");
    expect(Object.keys(after.keys).sort()).toEqual(["k1", "k2"]);
    expect(after.keys.k1).toBe(before.keys.k1);
    // The blind-index key never rotates with the data keys.
    expect(after.index).toBe(before.index);

    const { keyring } = await loadOrCreateKeyringFile(dir);
    const database = await openDatabase({ kind: "embedded", dataDir: dir });
    try {
      const [row] = await database.db
        .select({ secret: users.totpSecretEnc })
        .from(users)
        .where(eq(users.id, userId));
      expect(row!.secret).not.toBe(k1Token);
      expect(keyIdOf(row!.secret!)).toBe("k2");
      expect(decryptField(keyring, row!.secret!, secretColumn.context(userId))).toBe("ROTATEDSECRET234");
      const events = await queryRows<{ event: string; data: { activeKeyId: string } }>(
        database.db,
        sql`SELECT event, data FROM audit_events ORDER BY seq DESC LIMIT 1`,
      );
      expect(events).toEqual([
        expect.objectContaining({
          event: "keys.rotated",
          data: expect.objectContaining({ activeKeyId: "k2" }),
        }),
      ]);
    } finally {
      await database.close();
    }
  }, 120_000);
});
