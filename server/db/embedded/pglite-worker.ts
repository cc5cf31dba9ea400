// Runs PGlite in a worker thread: PGlite executes every query synchronously in WebAssembly, so on
// the main thread a slow report would stall every other request, health checks included.
import { parentPort, workerData } from "node:worker_threads";
import { PGlite, type Transaction, types } from "@electric-sql/pglite";
import type { WorkerInit, WorkerRequest, WorkerResponse } from "./embedded-protocol.ts";

const init = workerData as WorkerInit;

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
    ].map((oid) => [oid, (value: string) => value]),
  ),
  // node-postgres reads bigint[] as an array of strings, not as the array's text.
  [INT8_ARRAY]: (value: string) => types.arrayParser(value, (item: string) => item, INT8_ARRAY),
};

const options = init.loadFrom ? { loadDataDir: new Blob([init.loadFrom as Uint8Array<ArrayBuffer>]) } : {};
const db = init.dataDir ? new PGlite(init.dataDir, options) : new PGlite(options);

type OpenTx = { tx: Transaction; finish: (commit: boolean) => void; settled: Promise<void> };
const transactions = new Map<number, OpenTx>();
let nextTxId = 1;

function target(txId: number | undefined): PGlite | Transaction {
  if (txId === undefined) return db;
  const open = transactions.get(txId);
  if (!open) throw new Error(`transaction ${txId} is not open`);
  return open.tx;
}

async function handle(msg: WorkerRequest): Promise<unknown> {
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
function begin(): Promise<number> {
  const txId = nextTxId++;
  return new Promise((opened, failed) => {
    let isOpen = false;
    const settled = db
      .transaction(
        (tx) =>
          new Promise<void>((done, abort) => {
            isOpen = true;
            transactions.set(txId, {
              tx,
              settled: settledById.get(txId)!,
              finish: (commit) => (commit ? done() : abort(new RollbackSignal())),
            });
            opened(txId);
          }),
      )
      .then(
        () => undefined,
        (err: unknown) => {
          if (err instanceof RollbackSignal) return;
          if (!isOpen) return failed(err);
          throw err;
        },
      )
      .finally(() => settledById.delete(txId));
    settledById.set(txId, settled);
  });
}
const settledById = new Map<number, Promise<void>>();

class RollbackSignal extends Error {}

function errorShape(err: unknown) {
  const e = err as { message?: string; code?: string; detail?: string; constraint?: string };
  return { message: e.message ?? String(err), code: e.code, detail: e.detail, constraint: e.constraint };
}

parentPort!.on("message", (msg: WorkerRequest) => {
  handle(msg).then(
    (result) => parentPort!.postMessage({ id: msg.id, ok: true, result } satisfies WorkerResponse),
    (err: unknown) =>
      parentPort!.postMessage({ id: msg.id, ok: false, error: errorShape(err) } satisfies WorkerResponse),
  );
});

db.waitReady.then(
  () => parentPort!.postMessage({ id: 0, ok: true, result: "ready" } satisfies WorkerResponse),
  (err: unknown) =>
    parentPort!.postMessage({ id: 0, ok: false, error: errorShape(err) } satisfies WorkerResponse),
);
