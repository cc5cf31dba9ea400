import { readFileSync } from "node:fs";
import type { AppContext } from "./app-context.ts";
import type { Config } from "./config.ts";
import { type Database, openDatabase } from "./db/database.ts";
import { migrate } from "./db/migrate.ts";
import { seedReferenceData } from "./db/seed/reference-seed.ts";
import { type Keyring, loadOrCreateKeyringFile, parseKeyringEnv } from "./lib/crypto/keyring.ts";

export const version: string = JSON.parse(
  readFileSync(new URL("../package.json", import.meta.url), "utf8"),
).version;

/** The data key: from GUGUS_DATA_KEY, or a key file created in the data folder on first start. */
export async function loadKeyring(config: Config): Promise<{ keyring: Keyring; source: string }> {
  if (config.dataKey) {
    return {
      keyring: parseKeyringEnv(config.dataKey, config.indexKey ?? undefined),
      source: "GUGUS_DATA_KEY",
    };
  }
  const { keyring, path, created } = await loadOrCreateKeyringFile(config.dataDir);
  return { keyring, source: created ? `${path} (baru dibuat / newly created)` : path };
}

export function databaseOptions(config: Config) {
  return config.databaseUrl
    ? ({ kind: "postgres", url: config.databaseUrl, poolSize: config.dbPoolSize } as const)
    : ({ kind: "embedded", dataDir: config.dataDir, sharedBuffers: config.embeddedSharedBuffers } as const);
}

/**
 * Opens everything a process needs: the database (migrated, reference data loaded) and the data
 * key. The server, the command line and the tests all start here.
 */
export async function openContext(
  config: Config,
  options: { database?: Database; seed?: boolean } = {},
): Promise<AppContext & { keySource: string }> {
  const { keyring, source } = await loadKeyring(config);
  const database = options.database ?? (await openDatabase(databaseOptions(config)));
  try {
    await migrate(database.db);
    if (options.seed !== false) await seedReferenceData(database.db);
  } catch (err) {
    await database.close();
    throw err;
  }
  return { db: database.db, database, config, keyring, version, now: () => new Date(), keySource: source };
}
