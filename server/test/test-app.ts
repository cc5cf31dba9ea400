import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { describe, inject } from "vitest";
import type { Role } from "../../shared/roles.ts";
import { buildApp } from "../app.ts";
import type { AppContext } from "../app-context.ts";
import { version } from "../bootstrap.ts";
import { type Config, loadConfig } from "../config.ts";
import { type Database, type DatabaseKind, openDatabase } from "../db/database.ts";
import { parseKeyringEnv } from "../lib/crypto/keyring.ts";
import { type Factories, makeFactories } from "./factories.ts";
import { adminQuery, PG_TEMPLATE, testDatabaseUrl, withDatabase } from "./test-databases.ts";

/** `raw` holds the bytes as sent, for binary downloads (XLSX, PDF) that `body` cannot carry. */
export type TestResponse = { status: number; body: any; headers: Record<string, unknown>; raw?: Buffer };
export type Client = {
  get: (url: string, headers?: Record<string, string>) => Promise<TestResponse>;
  post: (url: string, body?: unknown, headers?: Record<string, string>) => Promise<TestResponse>;
  patch: (url: string, body?: unknown, headers?: Record<string, string>) => Promise<TestResponse>;
  delete: (url: string, body?: unknown, headers?: Record<string, string>) => Promise<TestResponse>;
  user: { id: string; email: string; organizationId: string };
};

export type TestApp = {
  app: FastifyInstance;
  ctx: AppContext;
  factories: Factories;
  /** A signed-in client for a fresh user of that role (cached per role and organisation). */
  as: (role: Role, options?: { organizationId?: string }) => Promise<Client>;
  /** A client that sends no session at all. */
  anonymous: Client;
  /** A client signed in as a user made by the factories. */
  signIn: (email: string, password: string) => Promise<Client>;
  close: () => Promise<void>;
};

function testConfig(overrides: NodeJS.ProcessEnv = {}): Config {
  return loadConfig({
    GUGUS_DATA_DIR: join(tmpdir(), `gugus-test-${process.pid}`),
    GUGUS_DATA_KEY: `k1:${randomBytes(32).toString("base64")}`,
    GUGUS_LOGIN_SLOWDOWN_MS: "0",
    GUGUS_LOGIN_IP_LIMIT: "100000",
    LOG_LEVEL: "silent",
    ...overrides,
  });
}

async function openTestDatabase(
  kind: DatabaseKind,
): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (kind === "embedded") {
    const loadFrom = new Uint8Array(readFileSync(inject("embeddedTemplate")));
    return { database: await openDatabase({ kind: "embedded-memory", loadFrom }), drop: async () => {} };
  }
  const url = testDatabaseUrl();
  if (!url) throw new Error("TEST_DATABASE_URL is not set");
  const name = `gugus_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  await adminQuery(url, `CREATE DATABASE ${name} TEMPLATE ${PG_TEMPLATE}`);
  const database = await openDatabase({ kind: "postgres", url: withDatabase(url, name), poolSize: 4 });
  return { database, drop: () => adminQuery(url, `DROP DATABASE IF EXISTS ${name}`) };
}

function client(app: FastifyInstance, cookie: string | null, user: Client["user"]): Client {
  const send = async (
    method: "GET" | "POST" | "PATCH" | "DELETE",
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const res = await app.inject({
      method,
      url,
      headers: {
        ...(method === "GET" ? {} : { "content-type": "application/json" }),
        ...(cookie ? { cookie } : {}),
        ...headers,
      },
      payload: method === "GET" ? undefined : body === undefined ? "" : JSON.stringify(body),
    });
    const text = res.body;
    // Downloads (CSV, files) come back as text; everything else the API answers is JSON.
    const json = String(res.headers["content-type"] ?? "").startsWith("application/json");
    return {
      status: res.statusCode,
      body: text ? (json ? JSON.parse(text) : text) : null,
      headers: res.headers,
      raw: res.rawPayload,
    };
  };
  return {
    get: (url, headers) => send("GET", url, undefined, headers),
    post: (url, body, headers) => send("POST", url, body, headers),
    patch: (url, body, headers) => send("PATCH", url, body, headers),
    delete: (url, body, headers) => send("DELETE", url, body, headers),
    user,
  };
}

/** The session cookie a response set, as a Cookie header value. */
export function sessionCookieOf(res: { headers: Record<string, unknown> }): string {
  const raw = res.headers["set-cookie"];
  const header = (Array.isArray(raw) ? raw : [raw]).find(
    (c) => typeof c === "string" && c.startsWith("gugus_session="),
  );
  if (typeof header !== "string") throw new Error("no session cookie in the response");
  return header.split(";")[0]!;
}

/** The whole application on a fresh copy of the migrated, seeded database. */
export async function createTestApp(
  kind: DatabaseKind = "embedded",
  env: NodeJS.ProcessEnv = {},
): Promise<TestApp> {
  const { database, drop } = await openTestDatabase(kind);
  const config = testConfig(env);
  const ctx: AppContext = {
    db: database.db,
    database,
    config,
    keyring: parseKeyringEnv(config.dataKey!),
    version,
    now: () => new Date(),
  };
  const app = await buildApp(ctx, { serveWeb: false });
  await app.ready();
  const factories = makeFactories(ctx);
  const clients = new Map<string, Client>();
  const anonymous = client(app, null, { id: "", email: "", organizationId: "" });

  const signIn = async (email: string, password: string) => {
    const res = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json" },
      payload: { email, password },
    });
    if (res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
    const me = res.json();
    return client(app, sessionCookieOf(res), {
      id: me.user.id,
      email,
      organizationId: me.user.organizationId,
    });
  };

  return {
    app,
    ctx,
    factories,
    anonymous,
    signIn,
    async as(role, options = {}) {
      const key = `${role}:${options.organizationId ?? ""}`;
      const cached = clients.get(key);
      if (cached) return cached;
      const user = await factories.user({ role, organizationId: options.organizationId });
      const signedIn = await signIn(user.email, user.password);
      clients.set(key, signedIn);
      return signedIn;
    },
    async close() {
      await app.close();
      await database.close();
      await drop();
    },
  };
}

/** The database engines this run tests on: always the embedded one; PostgreSQL with TEST_DATABASE_URL. */
export function testedDatabases(): DatabaseKind[] {
  return testDatabaseUrl() ? ["embedded", "postgres"] : ["embedded"];
}

/** Runs a suite once per tested database engine, naming the engine in the suite's title. */
export function describeEachDatabase(title: string, suite: (kind: DatabaseKind) => void): void {
  for (const kind of testedDatabases()) describe(`${title} [${kind}]`, () => suite(kind));
}
