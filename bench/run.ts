// `npm run bench [-- --scale N --seconds S --engines embedded,postgres --only core,cases,statistics,prevention,dashboard]`:
// the demo data set at scale N, load on chosen endpoints with wrk (or autocannon) on 127.0.0.1, the
// same queries timed directly against the database, and the foundation's budgets. Results:
// bench/results/*.json and a table on stdout. A benchmark, not a test: figures vary with the
// machine's other load.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openContext } from "../server/bootstrap.ts";
import { loadConfig } from "../server/config.ts";
import { adminQuery, withDatabase } from "../server/test/test-databases.ts";
import { caseDirectTimings, caseTargets, coordinatorActor } from "./case-targets.ts";
import { dashboardTargets } from "./dashboard-targets.ts";
import { directTimings } from "./direct.ts";
import { type LoadResult, load } from "./load.ts";
import { preventionTargets } from "./prevention-targets.ts";
import { nationalRegionsFile } from "./regions-file.ts";
import { rssMb, signIn, startServer, stopServer } from "./server-process.ts";
import { statisticsDirectTimings, statisticsTargets, taskForceOf } from "./statistics-targets.ts";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1]!;
};
const scale = Number(arg("scale", "1"));
const seconds = Number(arg("seconds", "8"));
const pgUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const engines = arg("engines", "embedded,postgres").split(",");
// Sections to run (all by default): the full run is long, and one area's figures may be all that is wanted.
const only = arg("only", "").split(",").filter(Boolean);
// `--reuse`: keep the demo database of an earlier run at the same scale instead of seeding it
// again (seeding scale 10 takes tens of minutes); the flag is for repeated timing runs only.
const reuse = process.argv.includes("--reuse");
const runs = (section: "core" | "cases" | "statistics" | "prevention" | "dashboard") =>
  only.length === 0 || only.includes(section);
const work = join(process.cwd(), ".tmp", "bench");
const ADMIN = "admin@demo.gugus.id";
const COORDINATOR = "koordinator@demo.gugus.id";
const PASSWORD = "gugus-demo-2024";

type EngineResult = {
  engine: string;
  coldStartMs: number;
  rssAtRestMb: number;
  endpoints: Record<string, LoadResult>;
  overheadRatio: Record<string, { apiP50Ms: number; directP50Ms: number; ratio: number }>;
  healthUnderHeavyLoad?: { health: LoadResult; heavy: LoadResult };
  regionsImportMs: number;
  /** One request at a time (the budget is the latency of one dashboard question), and in-process. */
  statistics: Record<
    string,
    { apiP50Ms: number; apiP99Ms: number; directP50Ms: number; directP99Ms: number }
  >;
};

function cli(env: Record<string, string>, args: string[]) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--import", "tsx", "server/cli/main.ts", ...args], {
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`gugus ${args.join(" ")} failed:\n${r.stdout}\n${r.stderr}`);
  return performance.now() - t0;
}

async function benchEngine(engine: string, port: number): Promise<EngineResult> {
  console.error(`\n[${engine}] demo data, scale ${scale}`);
  let env: Record<string, string>;
  const seeded = join(work, `${engine}.scale`);
  const fresh = !(reuse && existsSync(seeded) && readFileSync(seeded, "utf8") === String(scale));
  if (engine === "embedded") {
    const dir = join(work, "embedded");
    if (fresh) rmSync(dir, { recursive: true, force: true });
    env = { GUGUS_DATA_DIR: dir, DATABASE_URL: "" };
  } else {
    if (fresh) {
      await adminQuery(pgUrl, "DROP DATABASE IF EXISTS gugus_bench");
      await adminQuery(pgUrl, "CREATE DATABASE gugus_bench");
    }
    env = { DATABASE_URL: withDatabase(pgUrl, "gugus_bench") };
  }
  if (fresh) {
    rmSync(seeded, { force: true });
    const demo = await startServer(["--demo", "--scale", String(scale), "--force"], env, port);
    await stopServer(demo);
    mkdirSync(work, { recursive: true });
    writeFileSync(seeded, String(scale));
  } else console.error(`[${engine}] reusing the demo data of an earlier run`);
  // From here on the same database, opened as `npm start` opens it.
  // The coordinator's session must carry identity.reveal (duplicate search) without a TOTP dance;
  // the public statistics' per-IP limit would otherwise answer the load generator with 429s.
  const benchEnv = {
    GUGUS_DEMO: "true",
    GUGUS_2FA_REQUIRED_ROLES: "admin",
    GUGUS_PUBLIC_STATS_LIMIT: "100000",
  };
  const runEnv =
    engine === "embedded"
      ? { ...env, GUGUS_DATA_DIR: join(env.GUGUS_DATA_DIR!, "demo"), ...benchEnv }
      : { ...env, ...benchEnv };

  console.error(`[${engine}] national regions`);
  const regionsImportMs = runs("core")
    ? cli(runEnv, ["regions:import", nationalRegionsFile(work)])
    : Number.NaN;

  console.error(`[${engine}] direct queries`);
  const ctx = await openContext(loadConfig({ ...process.env, ...runEnv }));
  const direct = runs("core") ? await directTimings(ctx, ADMIN) : [];
  const cases = runs("cases") ? await caseTargets(ctx) : [];
  const caseDirect = await caseDirectTimings(ctx, await coordinatorActor(ctx, COORDINATOR), cases);
  // Prevention's coverage is measured like the statistics: one question at a time, 200 ms on PostgreSQL.
  const statisticsRun = [
    ...(runs("statistics") ? statisticsTargets : []),
    ...(runs("prevention") ? await preventionTargets(ctx, COORDINATOR) : []),
    ...(runs("dashboard") ? dashboardTargets(ctx) : []),
  ];
  const statisticsDirect = await statisticsDirectTimings(
    ctx,
    await taskForceOf(ctx, COORDINATOR),
    statisticsRun,
  );
  await ctx.database.close();

  console.error(`[${engine}] cold start`);
  const server = await startServer([], runEnv, port);
  const cookie = await signIn(server.base, ADMIN, PASSWORD);
  await new Promise((r) => setTimeout(r, 2000));
  const rssAtRestMb = rssMb(server);
  const headers = { cookie };
  const url = (path: string) => `${server.base}${path}`;

  const endpoints: Record<string, LoadResult> = {};
  const targets: [string, string][] = [
    ["health", "/api/health"],
    ["me", "/api/auth/me"],
    ["users", "/api/users?limit=50"],
    ["organizations", "/api/organizations?limit=50"],
    ["regions", "/api/regions?parentCode=31.71&limit=50"],
  ];
  for (const [name, path] of runs("core") ? targets : []) {
    console.error(`[${engine}] load ${name}`);
    // A short unrecorded run first: the JIT and the connection pool warm up before the figures count.
    await load({ url: url(path), connections: 50, seconds: 2, headers });
    endpoints[name] = await load({ url: url(path), connections: 50, seconds, headers });
  }
  const overheadRatio: EngineResult["overheadRatio"] = {};
  for (const d of direct) {
    const path =
      d.name === "users"
        ? "/api/users?limit=50"
        : d.name === "regions"
          ? "/api/regions?parentCode=31.71&limit=50"
          : "/api/regions?q=an&limit=200";
    const single = await load({ url: url(path), connections: 1, seconds: Math.max(3, seconds / 2), headers });
    overheadRatio[d.name] = { apiP50Ms: single.p50Ms, directP50Ms: d.p50Ms, ratio: single.p50Ms / d.p50Ms };
  }
  // Case management: the list, the case page and duplicate suggestions, as a coordinator.
  const coordinatorHeaders = {
    cookie: await signIn(server.base, COORDINATOR, PASSWORD),
    origin: server.base,
  };
  for (const target of cases) {
    console.error(`[${engine}] load ${target.name}`);
    const o = { url: url(target.path), headers: coordinatorHeaders, body: target.body };
    await load({ ...o, connections: 50, seconds: 2 });
    endpoints[target.name] = await load({ ...o, connections: 50, seconds });
    const single = await load({ ...o, connections: 1, seconds: Math.max(3, seconds / 2) });
    const d = caseDirect.find((x) => x.name === target.name)!;
    overheadRatio[target.name] = {
      apiP50Ms: single.p50Ms,
      directP50Ms: d.p50Ms,
      ratio: single.p50Ms / d.p50Ms,
    };
  }
  const statistics: EngineResult["statistics"] = {};
  for (const target of statisticsRun) {
    console.error(`[${engine}] ${target.name}`);
    const o = { url: url(target.path), headers: coordinatorHeaders, connections: 1 };
    await load({ ...o, seconds: 2 });
    const single = await load({ ...o, seconds: Math.max(3, seconds / 2) });
    if (single.non2xx > 0) throw new Error(`${target.path} answered ${single.non2xx} errors`);
    const d = statisticsDirect.find((x) => x.name === target.name)!;
    statistics[target.name] = {
      apiP50Ms: single.p50Ms,
      apiP99Ms: single.p99Ms,
      directP50Ms: d.p50Ms,
      directP99Ms: d.p99Ms,
    };
  }
  let healthUnderHeavyLoad: EngineResult["healthUnderHeavyLoad"];
  if (runs("core")) {
    console.error(`[${engine}] health while a heavy query runs`);
    const [heavy, health] = await Promise.all([
      load({ url: url("/api/regions?q=an&limit=200"), connections: 8, seconds, headers }),
      load({ url: url("/api/health"), connections: 4, seconds }),
    ]);
    healthUnderHeavyLoad = { health, heavy };
  }
  await stopServer(server);
  return {
    engine,
    coldStartMs: server.startMs,
    rssAtRestMb,
    endpoints,
    overheadRatio,
    healthUnderHeavyLoad,
    regionsImportMs,
    statistics,
  };
}

const results: EngineResult[] = [];
for (const [i, engine] of engines.entries()) results.push(await benchEngine(engine, 3300 + i));

const byEngine = Object.fromEntries(results.map((r) => [r.engine, r]));
const budgets = [
  {
    budget: "health p99 < 10 ms while a heavy query runs (embedded)",
    value: byEngine.embedded?.healthUnderHeavyLoad?.health.p99Ms,
    ok: (v: number) => v < 10,
    unit: "ms",
  },
  {
    budget: "GET /api/auth/me >= 5000 req/s (PostgreSQL)",
    value: byEngine.postgres?.endpoints.me?.requestsPerSec,
    ok: (v: number) => v >= 5000,
    unit: "req/s",
  },
  {
    budget: "cold start to first answer < 2000 ms (embedded, existing)",
    value: byEngine.embedded?.coldStartMs,
    ok: (v: number) => v < 2000,
    unit: "ms",
  },
  ...["cases", "casesFiltered", "casePage"].map((name) => ({
    budget: `${name} p99 < 50 ms at 50 connections (PostgreSQL)`,
    value: byEngine.postgres?.endpoints[name]?.p99Ms,
    ok: (v: number) => v < 50,
    unit: "ms",
  })),
  {
    budget: "duplicate suggestions p99 < 50 ms (PostgreSQL)",
    value: byEngine.postgres?.endpoints.duplicates?.p99Ms,
    ok: (v: number) => v < 50,
    unit: "ms",
  },
  ...["cases", "casesFiltered", "casePage", "duplicates"].map((name) => ({
    budget: `${name}: API p50 within 1.5x of the direct call (PostgreSQL)`,
    value: byEngine.postgres?.overheadRatio[name]?.ratio,
    ok: (v: number) => v <= 1.5,
    unit: "x",
  })),
  ...results.flatMap((r) =>
    Object.entries(r.statistics).map(([name, s]) => {
      const limit = r.engine === "postgres" ? 200 : 1000;
      return {
        budget: `${name} p99 < ${limit} ms, one request at a time (${r.engine})`,
        value: s.apiP99Ms,
        ok: (v: number) => v < limit,
        unit: "ms",
      };
    }),
  ),
  ...results.map((r) => ({
    budget: `RSS at rest < 300 MB (${r.engine})`,
    value: r.rssAtRestMb,
    ok: (v: number) => v < 300,
    unit: "MB",
  })),
].map((b) => ({
  budget: b.budget,
  value: b.value ?? null,
  unit: b.unit,
  met: b.value === undefined ? null : b.ok(b.value),
}));

const report = {
  date: new Date().toISOString(),
  scale,
  seconds,
  machine: { cores: (await import("node:os")).cpus().length },
  results,
  budgets,
};
mkdirSync(join("bench", "results"), { recursive: true });
const file = join("bench", "results", `bench-${report.date.slice(0, 19).replace(/[:T]/g, "-")}.json`);
writeFileSync(file, JSON.stringify(report, null, 2));

const f = (n: number | undefined) =>
  n === undefined || Number.isNaN(n) ? "–" : n >= 100 ? n.toFixed(0) : n.toFixed(2);
console.log(`\nGugus bench, scale ${scale}, ${seconds} s per run, wrk -t1 -c50 (load) on 127.0.0.1\n`);
console.log("| engine | endpoint | req/s | p50 ms | p99 ms | non-2xx |");
console.log("| --- | --- | ---: | ---: | ---: | ---: |");
for (const r of results) {
  for (const [name, l] of Object.entries(r.endpoints))
    console.log(
      `| ${r.engine} | ${name} | ${f(l.requestsPerSec)} | ${f(l.p50Ms)} | ${f(l.p99Ms)} | ${l.non2xx} |`,
    );
  const h = r.healthUnderHeavyLoad;
  if (!h) continue;
  console.log(
    `| ${r.engine} | health during heavy search | ${f(h.health.requestsPerSec)} | ${f(h.health.p50Ms)} | ${f(h.health.p99Ms)} | ${h.health.non2xx} |`,
  );
  console.log(
    `| ${r.engine} | heavy search (q=an, 92k regions) | ${f(h.heavy.requestsPerSec)} | ${f(h.heavy.p50Ms)} | ${f(h.heavy.p99Ms)} | ${h.heavy.non2xx} |`,
  );
}
console.log("\n| engine | statistics query | API p50 ms | API p99 ms | direct p50 ms | direct p99 ms |");
console.log("| --- | --- | ---: | ---: | ---: | ---: |");
for (const r of results)
  for (const [name, s] of Object.entries(r.statistics))
    console.log(
      `| ${r.engine} | ${name} | ${f(s.apiP50Ms)} | ${f(s.apiP99Ms)} | ${f(s.directP50Ms)} | ${f(s.directP99Ms)} |`,
    );
console.log("\n| engine | query | API p50 ms (1 conn) | direct p50 ms | ratio |");
console.log("| --- | --- | ---: | ---: | ---: |");
for (const r of results)
  for (const [name, o] of Object.entries(r.overheadRatio))
    console.log(`| ${r.engine} | ${name} | ${f(o.apiP50Ms)} | ${f(o.directP50Ms)} | ${f(o.ratio)} |`);
console.log("\n| engine | cold start ms | RSS at rest MB | regions import (92k) ms |");
console.log("| --- | ---: | ---: | ---: |");
for (const r of results)
  console.log(`| ${r.engine} | ${f(r.coldStartMs)} | ${f(r.rssAtRestMb)} | ${f(r.regionsImportMs)} |`);
console.log("\n| budget | measured | met |");
console.log("| --- | ---: | --- |");
for (const b of budgets)
  console.log(
    `| ${b.budget} | ${f(b.value ?? undefined)} ${b.unit} | ${b.met === null ? "not run" : b.met ? "yes" : "NO"} |`,
  );
console.log(`\nJSON: ${file}`);
