import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";

/** Raised when another live process holds the embedded database's folder. */
export class FolderLockedError extends Error {}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes an exclusive lock on the embedded database's folder. Two processes writing one PGlite
 * folder silently lose writes, so a second process must stop here with a clear message. A lock
 * left by a process that died is taken over.
 */
export function lockFolder(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, "gugus.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx", 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          unlinkSync(path);
        } catch {
          // already gone: nothing to release
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const holder = Number.parseInt(readFileSync(path, "utf8"), 10);
      if (Number.isFinite(holder) && holder !== process.pid && isAlive(holder)) {
        throw new FolderLockedError(
          `The embedded database in ${dir} is in use by another Gugus process (pid ${holder}). ` +
            "Stop that process first, or point GUGUS_DATA_DIR at another folder.",
        );
      }
      unlinkSync(path); // stale lock from a process that is gone
    }
  }
  throw new FolderLockedError(`Could not lock ${dir}`);
}
