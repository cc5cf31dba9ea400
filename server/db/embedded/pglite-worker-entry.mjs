// Node 20 loads a worker's entry before any --import hook is active in that thread, so the
// entry is plain JavaScript that registers the TypeScript loader, then loads the real worker.
import { register } from "tsx/esm/api";

register();
await import("./pglite-worker.ts");
