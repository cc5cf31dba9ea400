import { sql } from "drizzle-orm";
import type { PopulationDto, PopulationInput } from "../../../shared/schools.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { regionPopulations } from "../../db/schema/index.ts";
import { invalidField } from "../../lib/errors.ts";
import { taskForceRegion } from "./activity-rules.ts";
import { areaRegions, populations } from "./coverage.repository.ts";

/** Every kelurahan of the area with the population figure that applies to the year. */
export async function getPopulations(
  ctx: AppContext,
  actor: UserActor,
  year: number,
): Promise<PopulationDto> {
  const root = await taskForceRegion(ctx.db, actor.taskForceId);
  const areas = await areaRegions(ctx.db, root);
  const figures = await populations(ctx.db, actor.taskForceId, year);
  return {
    year,
    items: areas.kelurahan.map((k) => {
      const figure = figures.get(k.code);
      return {
        regionCode: k.code,
        regionName: k.name,
        kecamatanCode: k.parent_code,
        population: figure?.population ?? null,
        figureYear: figure?.year ?? null,
        source: figure?.source ?? null,
      };
    }),
    abilities: { update: actor.permissions.has("prevention.coordinate") },
  };
}

/**
 * Records the population of some or all kelurahan for a year (typed in, or pasted from a BPS
 * table); a figure already there for that year is replaced. Only the area's kelurahan qualify.
 */
export async function savePopulations(ctx: AppContext, actor: UserActor, input: PopulationInput) {
  const root = await taskForceRegion(ctx.db, actor.taskForceId);
  const known = new Set((await areaRegions(ctx.db, root)).kelurahan.map((k) => k.code));
  const seen = new Set<string>();
  for (const [index, item] of input.items.entries()) {
    if (!known.has(item.regionCode)) {
      throw invalidField(`items.${index}.regionCode`, "prevention.kelurahan_outside", { region: root });
    }
    if (seen.has(item.regionCode))
      throw invalidField(`items.${index}.regionCode`, "prevention.population_twice");
    seen.add(item.regionCode);
  }
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(regionPopulations)
      .values(
        input.items.map((item) => ({
          taskForceId: actor.taskForceId,
          regionCode: item.regionCode,
          year: input.year,
          population: item.population,
          source: input.source,
          updatedById: actor.userId,
          updatedAt: ctx.now(),
        })),
      )
      .onConflictDoUpdate({
        target: [regionPopulations.taskForceId, regionPopulations.regionCode, regionPopulations.year],
        set: {
          population: sql`excluded.population`,
          source: sql`excluded.source`,
          updatedById: sql`excluded.updated_by_id`,
          updatedAt: sql`excluded.updated_at`,
        },
      });
    await recordAudit(tx, actor, {
      event: "prevention.population_updated",
      recordType: "region_populations",
      recordId: null,
      data: { year: input.year, source: input.source, regions: input.items.length },
    });
  });
  return getPopulations(ctx, actor, input.year);
}
