import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { bigint, integer, jsonb, numeric, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { describeEachDatabase } from "../../test/test-app.ts";
import { adminQuery, testDatabaseUrl, withDatabase } from "../../test/test-databases.ts";
import { type Database, type Db, openDatabase } from "../database.ts";
import { queryRows } from "../query-rows.ts";
import { EmbeddedClient, EmbeddedDatabaseError } from "./embedded-client.ts";

const template = () => new Uint8Array(readFileSync(inject("embeddedTemplate")));

/** Lets the event loop turn a few times, so a reply that was not held back would arrive. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

async function rejectionOf(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await promise;
  } catch (err) {
    return err as Error & Record<string, unknown>;
  }
  throw new Error("expected the promise to reject");
}

describe("EmbeddedClient", () => {
  let client: EmbeddedClient;

  beforeAll(async () => {
    client = new EmbeddedClient({ dataDir: null, loadFrom: template() });
    await client.ready;
    await client.exec(`
      CREATE TABLE probe (id int PRIMARY KEY, label text CONSTRAINT probe_label_key UNIQUE);
      CREATE TABLE probe_deferred (n int CONSTRAINT probe_deferred_n_key UNIQUE DEFERRABLE INITIALLY DEFERRED);
    `);
  });
  afterAll(() => client.close());

  it("hides a transaction's rows from an outside query, which waits for the commit and then sees them", async () => {
    let outsideAnswered = false;
    let outside: Promise<number> | undefined;
    await client.transaction(async (tx) => {
      await tx.query("INSERT INTO probe (id, label) VALUES (1, 'dalam transaksi')");
      outside = client
        .query<{ n: number }>("SELECT count(*)::int AS n FROM probe WHERE id = 1")
        .then((res) => {
          outsideAnswered = true;
          return res.rows[0]!.n;
        });
      await settle();
      const inside = await tx.query<{ n: number }>("SELECT count(*)::int AS n FROM probe WHERE id = 1");
      expect(inside.rows[0]!.n).toBe(1);
      await settle();
      expect(outsideAnswered).toBe(false);
    });
    expect(await outside).toBe(1);
    expect(outsideAnswered).toBe(true);
  });

  it("rolls back a transaction whose callback throws and rethrows that error", async () => {
    const failure = new Error("berhenti di tengah");
    const err = await rejectionOf(
      client.transaction(async (tx) => {
        await tx.query("INSERT INTO probe (id, label) VALUES (2, 'dibatalkan')");
        throw failure;
      }),
    );
    expect(err).toBe(failure);
    const res = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM probe WHERE id = 2");
    expect(res.rows[0]!.n).toBe(0);
  });

  it("reports a unique violation with code 23505, the constraint's name and the detail", async () => {
    await client.query("INSERT INTO probe (id, label) VALUES (3, 'unik')");
    const err = await rejectionOf(client.query("INSERT INTO probe (id, label) VALUES (4, 'unik')"));
    expect(err).toBeInstanceOf(EmbeddedDatabaseError);
    expect(err.code).toBe("23505");
    expect(err.constraint).toBe("probe_label_key");
    expect(err.detail).toContain("(label)=(unik)");
  });

  it("rejects the transaction when its COMMIT fails on a deferred constraint, and keeps none of it", async () => {
    const err = await rejectionOf(
      client.transaction(async (tx) => {
        await tx.query("INSERT INTO probe_deferred (n) VALUES (7), (7)");
        await tx.query("INSERT INTO probe (id, label) VALUES (5, 'ikut batal')");
        return "tidak sampai";
      }),
    );
    expect(err.code).toBe("23505");
    expect(err.constraint).toBe("probe_deferred_n_key");
    const deferred = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM probe_deferred");
    const probe = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM probe WHERE id = 5");
    expect(deferred.rows[0]!.n).toBe(0);
    expect(probe.rows[0]!.n).toBe(0);
    // The failed commit must not leave the worker's transaction lock held.
    const next = await client.transaction(async (tx) => {
      await tx.query("INSERT INTO probe_deferred (n) VALUES (8)");
      return "tersimpan";
    });
    expect(next).toBe("tersimpan");
  });

  it("keeps answering after a statement fails with a syntax error", async () => {
    const err = await rejectionOf(client.query("SELEC 1"));
    expect(err.code).toBe("42601");
    const res = await client.query<{ one: number }>("SELECT 1 AS one");
    expect(res.rows).toEqual([{ one: 1 }]);
  });

  it("leaves the main thread free while a heavy query runs in the worker", async () => {
    let ticks = 0;
    let running = true;
    const tick = () => {
      if (!running) return;
      ticks++;
      setImmediate(tick);
    };
    setImmediate(tick);
    const started = Date.now();
    const res = await client.query<{ n: string }>("SELECT count(*) AS n FROM generate_series(1, 3000000)");
    running = false;
    const elapsedMs = Date.now() - started;
    expect(res.rows[0]!.n).toBe("3000000");
    // Were PGlite on this thread, the loop could not turn at all until the query returned.
    expect(ticks, `${ticks} ticks in ${elapsedMs} ms`).toBeGreaterThan(1000);
  }, 120_000);

  it("answers queries in array row mode when asked", async () => {
    const res = await client.query("SELECT 1 AS a, 'b' AS b", [], { rowMode: "array" });
    expect(res.rows).toEqual([[1, "b"]]);
    expect(res.fields.map((f) => f.name)).toEqual(["a", "b"]);
  });

  // Last of this suite: it closes the shared client (afterAll's close is then a no-op).
  it("refuses every query once closed", async () => {
    await client.close();
    await expect(client.query("SELECT 1")).rejects.toThrow(/closed/);
    await expect(client.transaction(async () => "nothing")).rejects.toThrow(/closed/);
  });
});

const probeValues = pgTable("probe_values", {
  id: integer("id").primaryKey(),
  at: timestamp("at", { withTimezone: true, mode: "date" }).notNull(),
  big: bigint("big", { mode: "number" }).notNull(),
  amount: numeric("amount").notNull(),
  doc: jsonb("doc").notNull(),
  note: text("note"),
});

// Every type the data layer reads, with the shape node-postgres gives it through drizzle.
const shapeQuery = sql`SELECT
  1::int4 AS int4, 9007199254740993::int8 AS int8, 12.50::numeric AS numeric, 1.5::float8 AS float8,
  true AS bool, 'teks'::text AS text, NULL::text AS nothing,
  '2024-01-02T03:04:05.123Z'::timestamptz AS timestamptz, '2024-01-02 03:04:05'::timestamp AS timestamp,
  '2024-01-02'::date AS date, '1 day 02:00:00'::interval AS interval,
  '{"b": 1, "a": [1, 2]}'::jsonb AS jsonb, '{"x": "y"}'::json AS json,
  ARRAY['a', 'b c']::text[] AS text_array, ARRAY[1, 2]::int4[] AS int4_array,
  ARRAY[9007199254740993, 2]::int8[] AS int8_array,
  '00000000-0000-4000-8000-000000000001'::uuid AS uuid, count(*) AS count`;

const expectedShapes = {
  int4: 1,
  int8: "9007199254740993",
  numeric: "12.50",
  float8: 1.5,
  bool: true,
  text: "teks",
  nothing: null,
  timestamptz: "2024-01-02 03:04:05.123+00",
  timestamp: "2024-01-02 03:04:05",
  date: "2024-01-02",
  interval: "1 day 02:00:00",
  jsonb: { a: [1, 2], b: 1 },
  json: { x: "y" },
  text_array: ["a", "b c"],
  int4_array: [1, 2],
  int8_array: ["9007199254740993", "2"],
  uuid: "00000000-0000-4000-8000-000000000001",
  count: "1",
};

async function shapesOf(db: Db): Promise<Record<string, unknown>> {
  return db.transaction(async (tx) => {
    await tx.execute(sql.raw("SET LOCAL TIME ZONE 'UTC'"));
    const [row] = await queryRows<Record<string, unknown>>(tx, shapeQuery);
    return row!;
  });
}

describeEachDatabase("drizzle on the database", (kind) => {
  let database: Database;
  let drop = async () => {};

  beforeAll(async () => {
    if (kind === "embedded") {
      database = await openDatabase({ kind: "embedded-memory", loadFrom: template() });
    } else {
      const url = testDatabaseUrl()!;
      const name = `gugus_embprobe_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
      await adminQuery(url, `CREATE DATABASE ${name}`);
      database = await openDatabase({ kind: "postgres", url: withDatabase(url, name), poolSize: 4 });
      drop = () => adminQuery(url, `DROP DATABASE IF EXISTS ${name}`);
    }
    await database.db.execute(
      sql.raw(`CREATE TABLE probe_values (id int PRIMARY KEY, at timestamptz NOT NULL, big bigint NOT NULL,
        amount numeric NOT NULL, doc jsonb NOT NULL, note text CONSTRAINT probe_values_note_key UNIQUE)`),
    );
    await database.db.execute(
      sql.raw(
        "CREATE TABLE probe_deferred (n int CONSTRAINT probe_deferred_n_key UNIQUE DEFERRABLE INITIALLY DEFERRED)",
      ),
    );
  });
  afterAll(async () => {
    await database?.close();
    await drop();
  });

  it("returns bigint and numeric as text, timestamps as text, and json as objects, as node-postgres does", async () => {
    expect(await shapesOf(database.db)).toEqual(expectedShapes);
  });

  if (kind === "postgres") {
    it("returns the same values as the embedded database, type for type", async () => {
      const embedded = await openDatabase({ kind: "embedded-memory", loadFrom: template() });
      try {
        expect(await shapesOf(embedded.db)).toEqual(await shapesOf(database.db));
      } finally {
        await embedded.close();
      }
    });
  }

  it("maps typed columns the same way: timestamptz to a Date, bigint to a number, jsonb to an object", async () => {
    const at = new Date("2025-03-04T05:06:07.891Z");
    await database.db.insert(probeValues).values({
      id: 1,
      at,
      big: 2 ** 40,
      amount: "1234.5600",
      doc: { nested: { list: [1, "dua"] }, empty: null },
    });
    const [row] = await database.db.select().from(probeValues);
    expect(row).toEqual({
      id: 1,
      at,
      big: 2 ** 40,
      amount: "1234.5600",
      doc: { nested: { list: [1, "dua"] }, empty: null },
      note: null,
    });
    expect(row!.at).toBeInstanceOf(Date);
  });

  it("surfaces a unique violation with code 23505 and the constraint's name", async () => {
    const values = { at: new Date(), big: 1, amount: "1", doc: {}, note: "sama" };
    await database.db.insert(probeValues).values({ id: 10, ...values });
    const err = await rejectionOf(database.db.insert(probeValues).values({ id: 11, ...values }));
    const cause = (err.cause ?? err) as Record<string, unknown>;
    expect(cause.code).toBe("23505");
    expect(cause.constraint).toBe("probe_values_note_key");
  });

  it("rolls back a transaction whose callback throws", async () => {
    const err = await rejectionOf(
      database.db.transaction(async (tx) => {
        await tx.insert(probeValues).values({ id: 20, at: new Date(), big: 1, amount: "1", doc: {} });
        throw new Error("gagal setelah menulis");
      }),
    );
    expect(err.message).toBe("gagal setelah menulis");
    const rows = await queryRows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM probe_values WHERE id = 20`,
    );
    expect(rows[0]!.n).toBe(0);
  });

  it("rejects a transaction whose COMMIT fails on a deferred constraint", async () => {
    const err = await rejectionOf(
      database.db.transaction(async (tx) => {
        await tx.execute(sql.raw("INSERT INTO probe_deferred (n) VALUES (1), (1)"));
        await tx.insert(probeValues).values({ id: 30, at: new Date(), big: 1, amount: "1", doc: {} });
      }),
    );
    const cause = (err.cause ?? err) as Record<string, unknown>;
    expect(cause.code).toBe("23505");
    expect(cause.constraint).toBe("probe_deferred_n_key");
    const rows = await queryRows<{ deferred: number; values: number }>(
      database.db,
      sql`SELECT (SELECT count(*)::int FROM probe_deferred) AS deferred,
                 (SELECT count(*)::int FROM probe_values WHERE id = 30) AS values`,
    );
    expect(rows[0]).toEqual({ deferred: 0, values: 0 });
  });
});
