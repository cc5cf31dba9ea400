import type { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { type StartedEmbedded, startEmbedded } from "./embedded/start-embedded.ts";
import * as schema from "./schema/index.ts";

export type Schema = typeof schema;
/** The drizzle handle every repository takes; the same type on both drivers, and inside a transaction. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type DatabaseKind = "embedded" | "postgres";

export type Database = {
  db: Db;
  kind: DatabaseKind;
  /** Where the data lives, for the start-up log (a folder, or the URL without its password). */
  location: string;
  /** Embedded only: the whole database as a tarball (tests copy a migrated template with it). */
  dump?: () => Promise<Uint8Array>;
  close: () => Promise<void>;
};

export type OpenDatabaseOptions =
  | { kind: "postgres"; url: string; poolSize?: number }
  | { kind: "embedded"; dataDir: string; sharedBuffers?: string }
  | { kind: "embedded-memory"; loadFrom?: Uint8Array }
  | { kind: "embedded-started"; started: StartedEmbedded };

// node-postgres parses int8 to string already; keep numeric as text too, as PGlite's worker does.
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => value);

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "postgres";
  }
}

/** Opens PostgreSQL (DATABASE_URL) or the embedded PGlite database in its worker thread. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // Fail at start-up, with the reason, rather than on the first request.
    const client = await pool.connect();
    client.release();
    return {
      db: drizzleNodePg({ client: pool, schema }) as unknown as Db,
      kind: "postgres",
      location: redactUrl(options.url),
      close: () => pool.end(),
    };
  }
  const started =
    options.kind === "embedded-started"
      ? options.started
      : startEmbedded(
          options.kind === "embedded"
            ? { dataDir: options.dataDir, sharedBuffers: options.sharedBuffers }
            : { loadFrom: options.loadFrom },
        );
  const { client, release, location } = started;
  try {
    await client.ready;
    return {
      // The client speaks the slice of PGlite's API that drizzle's driver uses.
      db: drizzlePglite({ client: client as unknown as PGlite, schema }) as unknown as Db,
      kind: "embedded",
      location,
      dump: () => client.dump(),
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (err) {
    await client.close().catch(() => {});
    release();
    throw err;
  }
}
