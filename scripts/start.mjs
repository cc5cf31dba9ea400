// `npm start` and `npm run demo`: build the web app if needed, then run the server in this same
// process (no child process: SIGTERM reaches the server and it shuts down gracefully).
import { register } from "tsx/esm/api";
import { buildWebIfNeeded } from "./web-build.mjs";

const args = process.argv.slice(2);
try {
  await buildWebIfNeeded();
} catch (err) {
  console.error(
    "Gagal membangun antarmuka web / web build failed; the API still starts:",
    err?.message ?? err,
  );
}
register();
try {
  if (args.includes("--demo")) {
    const { startDemo } = await import("../server/demo/start-demo.ts");
    await startDemo(args);
  } else {
    const { startServer } = await import("../server/main.ts");
    await startServer();
  }
} catch (err) {
  // A start-up failure is the operator's to fix: say what, without a stack trace in the way.
  console.error(`\nGugus tidak dapat dimulai / could not start:\n  ${err?.message ?? err}`);
  process.exit(1);
}
