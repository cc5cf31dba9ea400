import { join } from "node:path";
import { lockFolder } from "../folder-lock.ts";
import { EmbeddedClient } from "./embedded-client.ts";

/** An embedded database whose worker is starting: the folder is locked, PGlite is opening. */
export type StartedEmbedded = { client: EmbeddedClient; release: () => void; location: string };

/**
 * Locks the folder and starts PGlite's worker, without waiting for it. Light on imports on
 * purpose: the server calls it first, so the ~1 s PGlite takes to open overlaps loading the rest.
 */
export function startEmbedded(
  options: ({ dataDir: string } | { loadFrom?: Uint8Array }) & { sharedBuffers?: string },
): StartedEmbedded {
  if ("dataDir" in options) {
    const release = lockFolder(options.dataDir);
    const location = join(options.dataDir, "pgdata");
    try {
      return {
        client: new EmbeddedClient({ dataDir: location, sharedBuffers: options.sharedBuffers }),
        release,
        location,
      };
    } catch (err) {
      release();
      throw err;
    }
  }
  return {
    client: new EmbeddedClient({ dataDir: null, loadFrom: options.loadFrom }),
    release: () => {},
    location: "memory",
  };
}
