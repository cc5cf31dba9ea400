import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { openDatabase } from "../db/database.ts";
import { emptyDatabase } from "../db/empty-database.ts";
import { lockFolder } from "../db/folder-lock.ts";
import { startServer } from "../main.ts";
import { seedDemo } from "./seed-demo.ts";

function parseScale(args: string[]): number {
  const i = args.indexOf("--scale");
  if (i === -1) return 1;
  const scale = Number(args[i + 1]);
  if (!Number.isInteger(scale) || scale < 1 || scale > 100) {
    throw new Error("--scale harus bilangan bulat 1–100 / --scale must be a whole number from 1 to 100");
  }
  return scale;
}

/**
 * `npm run demo [-- --scale N] [--force]`: a fresh database with the demo data set. On the embedded
 * database it uses its own folder (<GUGUS_DATA_DIR>/demo), emptied each time. It refuses to touch a
 * PostgreSQL database unless told --force, and then empties it first.
 */
export async function startDemo(args: string[]): Promise<void> {
  const scale = parseScale(args);
  if (process.env.DATABASE_URL && !args.includes("--force")) {
    throw new Error(
      "npm run demo mengosongkan basis datanya. Untuk memakai DATABASE_URL, tambahkan --force (semua data di sana akan dihapus).\n" +
        "  npm run demo empties its database. To use DATABASE_URL, add --force (everything in it will be deleted).",
    );
  }
  process.env.GUGUS_DEMO = "true";
  if (!process.env.DATABASE_URL) {
    const demoDir = join(resolve(process.env.GUGUS_DATA_DIR ?? "./data"), "demo");
    lockFolder(demoDir)(); // refuses now if a demo server is running on that folder
    rmSync(join(demoDir, "pgdata"), { recursive: true, force: true });
    process.env.GUGUS_DATA_DIR = demoDir;
  } else {
    const database = await openDatabase({ kind: "postgres", url: process.env.DATABASE_URL });
    await emptyDatabase(database.db);
    await database.close();
  }
  await startServer({
    beforeListen: async (ctx) => {
      const t0 = Date.now();
      await seedDemo(ctx, scale, (step, created) => console.log(`  demo: ${step}: ${created}`));
      console.log(`  demo: skala/scale ${scale} siap dalam/ready in ${Date.now() - t0} ms`);
    },
  });
}
