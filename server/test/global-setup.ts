import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../db/database.ts";
import { migrate } from "../db/migrate.ts";
import { seedReferenceData } from "../db/seed/reference-seed.ts";
import { adminQuery, PG_TEMPLATE, testDatabaseUrl, withDatabase } from "./test-databases.ts";

declare module "vitest" {
  export interface ProvidedContext {
    embeddedTemplate: string;
  }
}

/**
 * Migrates and seeds one database per engine, once per run: every test file then starts from a
 * copy (PGlite: loadDataDir of a dump, ~4× faster than migrating; PostgreSQL: a template database).
 */
export default async function setup(project: TestProject) {
  const dir = join(process.cwd(), ".tmp");
  mkdirSync(dir, { recursive: true });
  const database = await openDatabase({ kind: "embedded-memory" });
  await migrate(database.db);
  await seedReferenceData(database.db);
  const path = join(dir, `test-template-${process.pid}.tar`);
  writeFileSync(path, await database.dump!());
  await database.close();
  project.provide("embeddedTemplate", path);

  const url = testDatabaseUrl();
  if (url) {
    await adminQuery(url, `DROP DATABASE IF EXISTS ${PG_TEMPLATE}`);
    await adminQuery(url, `CREATE DATABASE ${PG_TEMPLATE}`);
    const pgTemplate = await openDatabase({ kind: "postgres", url: withDatabase(url, PG_TEMPLATE) });
    await migrate(pgTemplate.db);
    await seedReferenceData(pgTemplate.db);
    await pgTemplate.close();
  }
}
