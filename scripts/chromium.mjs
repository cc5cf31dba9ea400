import { existsSync } from "node:fs";

/** The Chromium the browser tests drive: CHROME_PATH, else Debian's package. Never a downloaded one. */
export function findChromium() {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(
    Boolean,
  );
  return candidates.find((path) => existsSync(path)) ?? null;
}
