import { Worker } from "node:worker_threads";
import type { QueryResult, RowMode, WorkerInit, WorkerRequest, WorkerResponse } from "./embedded-protocol.ts";

type Pending = { resolve: (value: unknown) => void; reject: (err: Error) => void };
type Distribute<T> = T extends unknown ? Omit<T, "id"> : never;
type Request = Distribute<WorkerRequest>;

/** An error raised by the database inside the worker, shaped like node-postgres' DatabaseError. */
export class EmbeddedDatabaseError extends Error {
  code?: string;
  detail?: string;
  constraint?: string;
  constructor(shape: { message: string; code?: string; detail?: string; constraint?: string }) {
    super(shape.message);
    this.name = "EmbeddedDatabaseError";
    this.code = shape.code;
    this.detail = shape.detail;
    this.constraint = shape.constraint;
  }
}

/**
 * The main thread's handle on the PGlite worker. It offers the part of PGlite's client API that
 * drizzle's PGlite driver calls (query, exec, transaction), so drizzle runs unchanged on top of it.
 */
export class EmbeddedClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  readonly ready: Promise<void>;
  private closed = false;
  private exited = false;

  constructor(init: WorkerInit) {
    this.worker = new Worker(new URL("./pglite-worker.mjs", import.meta.url), {
      workerData: init,
      transferList: init.loadFrom ? [init.loadFrom.buffer as ArrayBuffer] : [],
    });
    this.ready = new Promise((resolve, reject) => {
      this.pending.set(0, { resolve: () => resolve(), reject });
    });
    this.worker.on("message", (msg: WorkerResponse) => {
      const waiter = this.pending.get(msg.id);
      if (!waiter) return;
      this.pending.delete(msg.id);
      if (msg.ok) waiter.resolve(msg.result);
      else waiter.reject(new EmbeddedDatabaseError(msg.error));
    });
    this.worker.on("error", (err) => this.failAll(err));
    this.worker.on("exit", (code) => {
      this.exited = true;
      if (!this.closed) this.failAll(new Error(`the embedded database worker stopped (exit code ${code})`));
    });
  }

  private failAll(err: Error) {
    for (const waiter of this.pending.values()) waiter.reject(err);
    this.pending.clear();
  }

  private call<T>(request: Request): Promise<T> {
    if (this.closed || this.exited) return Promise.reject(new Error("the embedded database is closed"));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ ...request, id });
    });
  }

  query<T>(
    sql: string,
    params: unknown[] = [],
    options?: { rowMode?: RowMode },
  ): Promise<QueryResult & { rows: T[] }> {
    return this.call({ op: "query", sql, params, rowMode: options?.rowMode ?? "object" });
  }

  async exec(sql: string): Promise<void> {
    await this.call({ op: "exec", sql });
  }

  /** Runs fn inside one transaction; other queries wait until it commits or rolls back. */
  async transaction<T>(fn: (tx: EmbeddedTransaction) => Promise<T>): Promise<T> {
    const txId = await this.call<number>({ op: "begin" });
    const tx = new EmbeddedTransaction(txId, (request) => this.call(request));
    let result: T;
    try {
      result = await fn(tx);
    } catch (err) {
      await this.call({ op: "rollback", txId });
      throw err;
    }
    await this.call({ op: "commit", txId });
    return result;
  }

  /** The whole database as a tarball (PGlite's dumpDataDir). */
  dump(): Promise<Uint8Array> {
    return this.call({ op: "dump" });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.call({ op: "close" });
    this.closed = true;
    await this.worker.terminate();
  }
}

/** One open transaction in the worker; queries sent through it run inside that transaction. */
export class EmbeddedTransaction {
  constructor(
    private readonly txId: number,
    private readonly send: <T>(request: Request) => Promise<T>,
  ) {}

  query<T>(
    sql: string,
    params: unknown[] = [],
    options?: { rowMode?: RowMode },
  ): Promise<QueryResult & { rows: T[] }> {
    return this.send({ op: "query", sql, params, rowMode: options?.rowMode ?? "object", txId: this.txId });
  }

  async exec(sql: string): Promise<void> {
    await this.send({ op: "exec", sql, txId: this.txId });
  }
}
