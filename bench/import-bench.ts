/**
 * Times a 100,000-row CTDC import (the budget: under 60 s on PostgreSQL) on both engines.
 *
 *   node --import tsx bench/import-bench.ts [ROWS]
 *
 * The file is built by sampling rows of the Indonesia subset (../shared/data/ctdc/, never
 * copied into the project) into .tmp/, then imported into a fresh, migrated database: an
 * embedded one in a temporary folder, and a PostgreSQL database created for the run on the
 * server of BENCH_DATABASE_URL or TEST_DATABASE_URL (skipped, and said so, when neither is set).
 */
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import type { AppContext } from "../server/app-context.ts";
import { openContext } from "../server/bootstrap.ts";
import { loadConfig } from "../server/config.ts";
import { type Database, openDatabase } from "../server/db/database.ts";
import { organizations, taskForces } from "../server/db/schema/index.ts";
import { HOME_TASK_FORCE_CODE, SECRETARIAT_ORG_NAME } from "../server/db/seed/reference-seed.ts";
import { runImport } from "../server/modules/imports/import-job.ts";
import { findImport } from "../server/modules/imports/imports.repository.ts";
import { createImportJob } from "../server/modules/imports/imports.service.ts";
import { adminQuery, withDatabase } from "../server/test/test-databases.ts";

const BUDGET_POSTGRES_S = 60;
const root = new URL("../", import.meta.url).pathname;
const subset = join(root, "../shared/data/ctdc/ctdc-k-anon-2021-07-15-indonesia-subset.csv");
const rows = Number(process.argv[2] ?? 100_000);

/** A deterministic sample (with replacement) of the subset's rows: the same file every run. */
function buildFile(): string {
  if (!existsSync(subset)) {
    console.error(`The CTDC Indonesia subset is not at ${subset}: this bench samples it.`);
    process.exit(1);
  }
  const [header, ...lines] = readFileSync(subset, "utf8").split(/\r?\n/).filter(Boolean);
  let seed = 20240515;
  const next = () => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [header!];
  for (let i = 0; i < rows; i++) out.push(lines[Math.floor(next() * lines.length)]!);
  mkdirSync(join(root, ".tmp"), { recursive: true });
  const file = join(root, `.tmp/ctdc-bench-${rows}.csv`);
  writeFileSync(file, `${out.join("\n")}\n`);
  return file;
}

async function timeImport(ctx: AppContext, bytes: Buffer, label: string) {
  const [taskForce] = await ctx.db.select().from(taskForces).where(eq(taskForces.code, HOME_TASK_FORCE_CODE));
  const [secretariat] = await ctx.db
    .select()
    .from(organizations)
    .where(eq(organizations.name, SECRETARIAT_ORG_NAME));
  const job = await createImportJob(
    ctx.db,
    ctx,
    {
      taskForceId: taskForce!.id,
      leadOrganizationId: secretariat!.id,
      userId: null,
      label: "bench",
      actor: { kind: "system", label: "bench" },
    },
    { bytes, fileName: "ctdc-bench.csv", format: "ctdc-k-anon-2021", dryRun: false, allOrNothing: true },
  );
  const t0 = performance.now();
  let readDone = 0;
  let lastTenth = -1;
  await runImport(ctx, job, {
    progress: (fraction) => {
      if (!readDone && fraction >= 0.25) readDone = performance.now();
      const tenth = Math.floor(fraction * 10);
      if (tenth !== lastTenth) {
        lastTenth = tenth;
        process.stderr.write(
          `  ${label}: ${Math.round(fraction * 100)}% after ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
        );
      }
    },
    checkpoint: () => {},
    writing: () => {},
  });
  const total = (performance.now() - t0) / 1000;
  const row = await findImport(ctx.db, taskForce!.id, job.id);
  if (row?.status !== "done" || row.created !== rows)
    throw new Error(`${label}: the import ended ${row?.status} with ${row?.created} created`);
  return { total, read: (readDone - t0) / 1000, write: (performance.now() - readDone) / 1000 };
}

async function onEngine(label: string, database: Database, dataDir: string, bytes: Buffer) {
  const ctx = await openContext(loadConfig({ GUGUS_DATA_DIR: dataDir, LOG_LEVEL: "silent" }), { database });
  try {
    return await timeImport(ctx, bytes, label);
  } finally {
    await database.close();
  }
}

const file = buildFile();
const bytes = readFileSync(file);
console.log(`CTDC file: ${file} (${rows} rows, ${(bytes.length / 1024 / 1024).toFixed(1)} MB)`);
const results: { engine: string; total: number; read: number; write: number }[] = [];

const pgUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
if (pgUrl) {
  const name = `gugus_import_bench_${randomUUID().replaceAll("-", "").slice(0, 10)}`;
  await adminQuery(pgUrl, `CREATE DATABASE ${name}`);
  try {
    const database = await openDatabase({ kind: "postgres", url: withDatabase(pgUrl, name), poolSize: 4 });
    const dir = mkdtempSync(join(root, ".tmp/import-bench-pg-"));
    results.push({ engine: "postgres", ...(await onEngine("postgres", database, dir, bytes)) });
    rmSync(dir, { recursive: true, force: true });
  } finally {
    await adminQuery(pgUrl, `DROP DATABASE IF EXISTS ${name}`);
  }
} else {
  console.log("PostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL to time it.");
}

const dir = mkdtempSync(join(root, ".tmp/import-bench-embedded-"));
try {
  const database = await openDatabase({ kind: "embedded", dataDir: join(dir, "db") });
  results.push({ engine: "embedded", ...(await onEngine("embedded", database, dir, bytes)) });
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log("\nengine     total     read+check  write+statistics  budget");
for (const r of results) {
  const budget =
    r.engine === "postgres"
      ? `${r.total < BUDGET_POSTGRES_S ? "ok" : "OVER"} (< ${BUDGET_POSTGRES_S} s)`
      : "(reported)";
  console.log(
    `${r.engine.padEnd(10)} ${r.total.toFixed(1).padStart(6)} s  ${r.read.toFixed(1).padStart(8)} s  ${r.write.toFixed(1).padStart(12)} s      ${budget}`,
  );
}
if (results.some((r) => r.engine === "postgres" && r.total >= BUDGET_POSTGRES_S)) process.exitCode = 1;
