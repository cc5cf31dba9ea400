import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/database.ts";
import { queryRows } from "../../db/query-rows.ts";
import { imports } from "../../db/schema/index.ts";
import { runCli } from "../../test/run-cli.ts";
import { ctdcCsv, ctdcRow } from "./imports.test-files.ts";

// The command line runs in its own process on an embedded folder, as an operator would run it.
describe("npm run gugus -- import", () => {
  let work: string;
  let dataDir: string;
  const file = (name: string, content: string) => {
    const path = join(work, name);
    writeFileSync(path, content);
    return path;
  };

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "gugus-import-cli-"));
    dataDir = join(work, "data");
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("dry-runs, imports with a summary, and recognises the file the second time", () => {
    const csv = file(
      "ctdc.csv",
      ctdcCsv([ctdcRow(), ctdcRow({ gender: "Male" }), ctdcRow({ yearOfRegistration: "2016" })]),
    );
    const dry = runCli(dataDir, "import", "--format", "ctdc-k-anon-2021", "--dry-run", csv);
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toContain("3 dibaca/read, 0 diimpor/created");
    expect(dry.stdout).toContain("Uji coba: 3 baris akan diimpor menjadi 3 kasus");

    const real = runCli(dataDir, "import", "--format", "ctdc-k-anon-2021", csv);
    expect(real.status, real.stderr).toBe(0);
    expect(real.stdout).toContain("3 dibaca/read, 3 diimpor/created (3 kasus/cases), 0 ditolak/rejected");
    expect(real.stdout).toContain("3 rows imported as 3 cases");
    // The progress goes to stderr, a line every tenth of the way when it is not a terminal.
    expect(real.stderr).toContain("impor / import: 100/100");

    const again = runCli(dataDir, "import", "--format", "ctdc-k-anon-2021", csv);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain("sudah diimpor");
    expect(again.stdout).toContain("0 diimpor/created");
  }, 120_000);

  it("exits 1 and names every rejected row when all or nothing fails; --partial keeps the valid rows", () => {
    const csv = file(
      "bad.csv",
      ctdcCsv([
        ctdcRow({ yearOfRegistration: "2012" }),
        ctdcRow({ citizenship: "Indonesia" }),
        ctdcRow({ yearOfRegistration: "2013" }),
      ]),
    );
    const strict = runCli(dataDir, "import", "--format", "ctdc-k-anon-2021", csv);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain("Tidak ada yang diimpor: 1 baris bermasalah");
    expect(strict.stderr).toContain(
      'baris/row 3 citizenship: "Indonesia" bukan kode negara ISO 3166 dua huruf',
    );

    const partial = runCli(dataDir, "import", "--format", "ctdc-k-anon-2021", "--partial", csv);
    expect(partial.status, partial.stderr).toBe(0);
    expect(partial.stdout).toContain("3 dibaca/read, 2 diimpor/created (2 kasus/cases), 1 ditolak/rejected");
  }, 120_000);

  it("explains its usage and exits 2 on a wrong command line", () => {
    const res = runCli(dataDir, "import", "--format", "excel", join(work, "nothing.csv"));
    expect(res.status).toBe(2);
    expect(res.stderr).toContain("--format gugus-template|ctdc-k-anon-2021");
  }, 60_000);

  it("leaves nothing half-written when killed while writing, and marks the job failed at the next start", async () => {
    const killDir = join(work, "killed");
    // Migrated and seeded first, so the kill lands in the import, not in the first start.
    const warm = runCli(
      killDir,
      "import",
      "--format",
      "ctdc-k-anon-2021",
      "--dry-run",
      file("one.csv", ctdcCsv([ctdcRow()])),
    );
    expect(warm.status, warm.stderr).toBe(0);
    const big = file(
      "big.csv",
      ctdcCsv(
        Array.from({ length: 30_000 }, (_, i) => ctdcRow({ yearOfRegistration: String(2003 + (i % 15)) })),
      ),
    );

    const env: NodeJS.ProcessEnv = { ...process.env, GUGUS_DATA_DIR: killDir };
    delete env.DATABASE_URL;
    delete env.GUGUS_DATA_KEY;
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "server/cli/main.ts", "import", "--format", "ctdc-k-anon-2021", big],
      {
        cwd: join(import.meta.dirname, "../../.."),
        env,
      },
    );
    // Past a quarter the rows are read and checked: the write transaction is open.
    const killedAt = await new Promise<number>((resolve, reject) => {
      let seen = "";
      child.stderr.on("data", (chunk: Buffer) => {
        seen += chunk.toString();
        const done = [...seen.matchAll(/impor \/ import: (\d+)\/100/g)].map((m) => Number(m[1]));
        const last = done[done.length - 1] ?? 0;
        if (last >= 40 && last < 90) {
          child.kill("SIGKILL");
          resolve(last);
        }
      });
      child.on("exit", () => reject(new Error(`the import ended before it could be killed:\n${seen}`)));
    });
    expect(killedAt).toBeGreaterThanOrEqual(40);
    await new Promise((resolve) => child.on("close", resolve));

    // The next start (any import) sweeps the dead job.
    const next = runCli(
      killDir,
      "import",
      "--format",
      "ctdc-k-anon-2021",
      "--dry-run",
      file("two.csv", ctdcCsv([ctdcRow()])),
    );
    expect(next.status, next.stderr).toBe(0);
    const database = await openDatabase({ kind: "embedded", dataDir: killDir });
    try {
      const [killed] = await database.db.select().from(imports).where(eq(imports.fileName, "big.csv"));
      expect(killed).toMatchObject({
        status: "failed",
        failureKey: "import.failure.interrupted",
        applied: false,
        created: 0,
      });
      const [left] = await queryRows<{ cases: number; people: number; counters: number }>(
        database.db,
        sql`SELECT (SELECT count(*)::int FROM cases) AS cases, (SELECT count(*)::int FROM people) AS people,
                   (SELECT count(*)::int FROM case_counters) AS counters`,
      );
      expect(left).toEqual({ cases: 0, people: 0, counters: 0 });
    } finally {
      await database.close();
    }
  }, 180_000);
});
