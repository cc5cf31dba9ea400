import type { openContext } from "./bootstrap.ts";
import { loadConfig } from "./config.ts";
import { startEmbedded } from "./db/embedded/start-embedded.ts";

/**
 * Starts the server: configuration, database (migrated, reference data loaded), HTTP. On SIGTERM
 * it stops taking requests, lets those in flight finish, then closes the database.
 */
export async function startServer(
  options: { beforeListen?: (ctx: Awaited<ReturnType<typeof openContext>>) => Promise<void> } = {},
) {
  const config = loadConfig();
  const started = Date.now();
  // PGlite takes about a second to open in its worker; everything else loads meanwhile.
  const early = config.databaseUrl
    ? null
    : startEmbedded({ dataDir: config.dataDir, sharedBuffers: config.embeddedSharedBuffers });
  const [
    { openContext, version },
    { openDatabase },
    { buildApp },
    { purgeExpiredSessions },
    { issueSetupToken },
  ] = await Promise.all([
    import("./bootstrap.ts"),
    import("./db/database.ts"),
    import("./app.ts"),
    import("./auth/sessions.ts"),
    import("./modules/setup/setup.service.ts"),
  ]);
  const opening = (async () => {
    const database = early ? await openDatabase({ kind: "embedded-started", started: early }) : undefined;
    return openContext(config, { database });
  })();
  // Building the app reads only the configuration and version; its handlers read the database,
  // and none runs before listen(). So the app is built while the database is still opening, on
  // a context that receives the database once it is open.
  const ctx = { config, version } as Awaited<typeof opening>;
  const [opened, app] = await Promise.all([opening, buildApp(ctx, { logger: { level: config.logLevel } })]);
  Object.assign(ctx, opened);
  await options.beforeListen?.(ctx);
  await purgeExpiredSessions(ctx.db, ctx.now());

  let closing = false;
  // Answers sent while stopping close their connection, so a client's keep-alive socket cannot
  // hold the server open after its last request.
  app.addHook("onSend", async (_request, reply) => {
    if (closing) reply.header("connection", "close");
  });
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(
      `${signal}: menyelesaikan permintaan yang berjalan lalu berhenti / finishing in-flight requests, then stopping`,
    );
    // A request that never ends must not keep the process from stopping.
    const force = setTimeout(() => {
      app.log.error("shutdown took over 30 s; stopping anyway");
      process.exit(1);
    }, 30_000);
    force.unref();
    try {
      await app.close();
      await ctx.database.close();
    } finally {
      process.exit(0);
    }
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));

  await app.listen({ port: config.port, host: config.host });
  const base = config.publicUrl ?? `http://localhost:${config.port}`;
  const db =
    ctx.database.kind === "embedded"
      ? `embedded (PGlite) di/in ${ctx.database.location}`
      : `PostgreSQL ${ctx.database.location}`;
  const lines = [
    `Gugus ${ctx.version} siap / ready dalam/in ${Date.now() - started} ms`,
    `  Basis data / database: ${db}`,
    `  Kunci data / data key: ${ctx.keySource}`,
    `  Web: ${base}/   API: ${base}/api   Dokumentasi API / docs: ${base}/api/docs`,
  ];
  if (config.demo)
    lines.push(
      "  MODE DEMO: data fiktif / fictitious data — password semua akun / all accounts: gugus-demo-2024",
    );
  const setupToken = await issueSetupToken(ctx.db);
  if (setupToken) {
    lines.push(
      "",
      "  Belum ada pengguna. Buat administrator pertama dengan salah satu cara:",
      "  No users yet. Create the first administrator in one of two ways:",
      `    1. Buka tautan sekali pakai ini / open this one-time link: ${base}/setup?token=${setupToken}`,
      '    2. npm run gugus -- admin:create --email admin@contoh.go.id --name "Nama Admin"',
    );
  }
  console.log(lines.join("\n"));
  return { app, ctx };
}
