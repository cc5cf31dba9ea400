import { rebuildStatisticsFacts } from "../../modules/statistics/statistics-facts.ts";
import { withContext } from "../cli-context.ts";

/**
 * statistics:rebuild: recomputes every statistics fact from the records. Never needed in normal
 * running (changes mark their cases, a new engine version rebuilds on the first read); for after
 * data was written to the tables by hand, or to have it done before the first visitor asks.
 */
export async function statisticsRebuild(): Promise<number> {
  return withContext(async (ctx) => {
    const t0 = performance.now();
    const { facts } = await rebuildStatisticsFacts(ctx.db);
    const ms = Math.round(performance.now() - t0);
    console.log(`Fakta statistik dibangun ulang / statistics facts rebuilt: ${facts} baris/rows, ${ms} ms.`);
    return 0;
  });
}
