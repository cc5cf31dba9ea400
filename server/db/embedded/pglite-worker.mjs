// Runs PGlite in a worker thread: PGlite executes every query synchronously in WebAssembly, so on
// the main thread a slow report would stall every other request, health checks included.
// Plain JavaScript: a worker that first had to load the TypeScript loader started 0.25 s later.
// The messages it speaks are typed in embedded-protocol.ts.
import { parentPort, workerData } from "node:worker_threads";
import { PGlite, types } from "@electric-sql/pglite";

/** @type {import("./embedded-protocol.ts").WorkerInit} */
const init = workerData;

// Same value shapes as node-postgres, so the data layer sees one dialect of values:
// dates and timestamps as text (drizzle maps them), bigint and numeric as text.
const INT8_ARRAY = 1016;
const textParsers = {
  ...Object.fromEntries(
    [
      types.TIMESTAMP,
      types.TIMESTAMPTZ,
      types.INTERVAL,
      types.DATE,
      types.INT8,
      types.NUMERIC,
      1231,
      1115,
      1185,
      1187,
      1182,
    ].map((oid) => [oid, (value) => value]),
  ),
  // node-postgres reads bigint[] as an array of strings, not as the array's text.
  [INT8_ARRAY]: (value) => types.arrayParser(value, (item) => item, INT8_ARRAY),
};

// PGlite's default 128 MB of shared buffers stay resident in WebAssembly memory; the OS page
// cache serves the same reads, so a small pool keeps the server's memory low at no measured cost.
const options = {
  ...(init.loadFrom ? { loadDataDir: new Blob([init.loadFrom]) } : {}),
  startParams: [...PGlite.defaultStartParams, "-c", `shared_buffers=${init.sharedBuffers ?? "16MB"}`],
};
const db = init.dataDir ? new PGlite(init.dataDir, options) : new PGlite(options);

/** @type {Map<number, { tx: import("@electric-sql/pglite").Transaction, finish: (commit: boolean) => void, settled: Promise<void> }>} */
const transactions = new Map();
let nextTxId = 1;

function target(txId) {
  if (txId === undefined) return db;
  const open = transactions.get(txId);
  if (!open) throw new Error(`transaction ${txId} is not open`);
  return open.tx;
}

async function handle(msg) {
  switch (msg.op) {
    case "query": {
      const res = await target(msg.txId).query(msg.sql, msg.params, {
        rowMode: msg.rowMode,
        parsers: textParsers,
      });
      return { rows: res.rows, affectedRows: res.affectedRows, fields: res.fields };
    }
    case "exec":
      await target(msg.txId).exec(msg.sql);
      return null;
    case "begin":
      return await begin();
    case "commit":
    case "rollback": {
      const open = transactions.get(msg.txId);
      if (!open) throw new Error(`transaction ${msg.txId} is not open`);
      transactions.delete(msg.txId);
      open.finish(msg.op === "commit");
      await open.settled;
      return null;
    }
    case "dump": {
      const blob = await db.dumpDataDir("none");
      return new Uint8Array(await blob.arrayBuffer());
    }
    case "close":
      await db.close();
      return null;
  }
}

// PGlite's own transaction() holds its transaction lock until the callback settles, so queries
// from outside wait their turn: the callback stays pending until the main thread commits.
function begin() {
  const txId = nextTxId++;
  return new Promise((opened, failed) => {
    let isOpen = false;
    const settled = db
      .transaction(
        (tx) =>
          new Promise((done, abort) => {
            isOpen = true;
            transactions.set(txId, {
              tx,
              settled: settledById.get(txId),
              finish: (commit) => (commit ? done() : abort(new RollbackSignal())),
            });
            opened(txId);
          }),
      )
      .then(
        () => undefined,
        (err) => {
          if (err instanceof RollbackSignal) return;
          if (!isOpen) return failed(err);
          throw err;
        },
      )
      .finally(() => settledById.delete(txId));
    settledById.set(txId, settled);
  });
}
const settledById = new Map();

class RollbackSignal extends Error {}

function errorShape(err) {
  const e = err ?? {};
  return { message: e.message ?? String(err), code: e.code, detail: e.detail, constraint: e.constraint };
}

parentPort.on("message", (msg) => {
  handle(msg).then(
    (result) => parentPort.postMessage({ id: msg.id, ok: true, result }),
    (err) => parentPort.postMessage({ id: msg.id, ok: false, error: errorShape(err) }),
  );
});

db.waitReady.then(
  () => parentPort.postMessage({ id: 0, ok: true, result: "ready" }),
  (err) => parentPort.postMessage({ id: 0, ok: false, error: errorShape(err) }),
);
