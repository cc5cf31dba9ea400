/** Messages between the main thread and the PGlite worker (see pglite-worker.mjs). */
export type RowMode = "object" | "array";

export type WorkerRequest =
  | { id: number; op: "query"; sql: string; params: unknown[]; rowMode: RowMode; txId?: number }
  | { id: number; op: "exec"; sql: string; txId?: number }
  | { id: number; op: "begin" }
  | { id: number; op: "commit"; txId: number }
  | { id: number; op: "rollback"; txId: number }
  | { id: number; op: "dump" }
  | { id: number; op: "close" };

export type WorkerResponse =
  | { id: number; ok: true; result: unknown }
  | {
      id: number;
      ok: false;
      error: { message: string; code?: string; detail?: string; constraint?: string };
    };

export type WorkerInit = {
  /** Folder of the database, or null for an in-memory database (tests). */
  dataDir: string | null;
  /** A tarball from dumpDataDir to start from (tests copy a migrated template this way). */
  loadFrom?: Uint8Array;
  /** PostgreSQL's shared_buffers inside PGlite, e.g. "16MB" (see config.ts). */
  sharedBuffers?: string;
};

export type QueryResult = {
  rows: unknown[];
  affectedRows?: number;
  fields: { name: string; dataTypeID: number }[];
};
