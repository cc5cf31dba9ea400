import type { Config } from "./config.ts";
import type { Database, Db } from "./db/database.ts";
import type { Keyring } from "./lib/crypto/keyring.ts";

/** What every use case may reach: wired once in main.ts (or the test helper) and passed down. */
export type AppContext = {
  db: Db;
  database: Database;
  config: Config;
  keyring: Keyring;
  version: string;
  now: () => Date;
};
