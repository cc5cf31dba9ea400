import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "./database.ts";
import { FolderLockedError, lockFolder } from "./folder-lock.ts";
import { queryRows } from "./query-rows.ts";

let root: string;
let folders = 0;
const freshFolder = () => join(root, `data-${++folders}`);
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "gugus-folder-lock-"));
});
afterAll(() => root && rmSync(root, { recursive: true, force: true }));

/** Another Node process that tries to open the embedded database in `dir`, as `npm start` would. */
function openInAnotherProcess(dir: string) {
  const script =
    'const { openDatabase } = await import("./server/db/database.ts");' +
    'const database = await openDatabase({ kind: "embedded", dataDir: process.env.GUGUS_LOCK_TEST_DIR });' +
    "await database.close();";
  return spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: join(import.meta.dirname, "../.."),
    env: { ...process.env, GUGUS_LOCK_TEST_DIR: dir },
    encoding: "utf8",
    timeout: 100_000,
  });
}

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", ""]);
  expect(child.status).toBe(0);
  return child.pid;
}

describe("lockFolder", () => {
  it("creates the folder and writes this process's pid into the lock file", () => {
    const dir = freshFolder();
    const release = lockFolder(dir);
    try {
      expect(readFileSync(join(dir, "gugus.lock"), "utf8")).toBe(String(process.pid));
    } finally {
      release();
    }
  });

  it("removes the lock file on release, and a second release does no harm", () => {
    const dir = freshFolder();
    const release = lockFolder(dir);
    release();
    expect(existsSync(join(dir, "gugus.lock"))).toBe(false);
    expect(() => release()).not.toThrow();
    // Released means free: the next holder gets it.
    const again = lockFolder(dir);
    again();
  });

  it("refuses another process while this one holds the folder, naming the folder and saying it is in use", () => {
    const dir = freshFolder();
    const release = lockFolder(dir);
    try {
      const child = openInAnotherProcess(dir);
      expect(child.status, child.stderr).not.toBe(0);
      expect(child.stderr).toContain(dir);
      expect(child.stderr).toContain("in use");
      expect(child.stderr).toContain(`pid ${process.pid}`);
      // The refused process neither took the lock nor touched the database files.
      expect(readFileSync(join(dir, "gugus.lock"), "utf8")).toBe(String(process.pid));
      expect(existsSync(join(dir, "pgdata"))).toBe(false);
    } finally {
      release();
    }
  });

  it("takes over a stale lock left by a process that is gone", () => {
    const dir = freshFolder();
    const release = lockFolder(dir);
    release();
    writeFileSync(join(dir, "gugus.lock"), String(deadPid()));
    const takeover = lockFolder(dir);
    expect(readFileSync(join(dir, "gugus.lock"), "utf8")).toBe(String(process.pid));
    takeover();
    expect(existsSync(join(dir, "gugus.lock"))).toBe(false);
  });

  it("treats an unreadable lock file as stale", () => {
    const dir = freshFolder();
    lockFolder(dir)();
    writeFileSync(join(dir, "gugus.lock"), "not a pid");
    const release = lockFolder(dir);
    expect(readFileSync(join(dir, "gugus.lock"), "utf8")).toBe(String(process.pid));
    release();
  });

  it("refuses, in this process, a lock held by a live process", () => {
    const dir = freshFolder();
    lockFolder(dir)();
    // The parent of this test process (vitest's main process) is alive for the whole run.
    writeFileSync(join(dir, "gugus.lock"), String(process.ppid));
    expect(() => lockFolder(dir)).toThrow(FolderLockedError);
    expect(() => lockFolder(dir)).toThrow(dir);
    expect(readFileSync(join(dir, "gugus.lock"), "utf8")).toBe(String(process.ppid));
  });
});

describe("the embedded database in a folder", () => {
  it("keeps its data from one open to the next and refuses another process while open", async () => {
    const dir = freshFolder();
    const first = await openDatabase({ kind: "embedded", dataDir: dir });
    try {
      expect(first.location).toBe(join(dir, "pgdata"));
      await first.db.execute(sql.raw("CREATE TABLE kept (id int PRIMARY KEY, note text NOT NULL)"));
      await first.db.execute(sql`INSERT INTO kept VALUES (1, ${"tersimpan di disk"}), (2, ${"juga"})`);

      const child = openInAnotherProcess(dir);
      expect(child.status, child.stderr).not.toBe(0);
      expect(child.stderr).toContain("in use");
    } finally {
      await first.close();
    }
    expect(existsSync(join(dir, "gugus.lock"))).toBe(false);

    const second = await openDatabase({ kind: "embedded", dataDir: dir });
    try {
      const rows = await queryRows<{ id: number; note: string }>(
        second.db,
        sql`SELECT id, note FROM kept ORDER BY id`,
      );
      expect(rows).toEqual([
        { id: 1, note: "tersimpan di disk" },
        { id: 2, note: "juga" },
      ]);
      expect(readFileSync(join(dir, "gugus.lock"), "utf8")).toBe(String(process.pid));
    } finally {
      await second.close();
    }
  }, 120_000);
});
