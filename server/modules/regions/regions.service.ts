import { and, asc, eq, gt, ilike, or, type SQL } from "drizzle-orm";
import type { RegionDto, RegionLevel } from "../../../shared/reference.ts";
import type { AppContext } from "../../app-context.ts";
import { regions } from "../../db/schema/index.ts";
import { decodeCursor, pageOf } from "../../lib/cursor.ts";
import { notFound } from "../../lib/errors.ts";

type ListRegionsInput = {
  parentCode?: string;
  level?: RegionLevel;
  q?: string;
  cursor?: string;
  limit: number;
};

function present(row: typeof regions.$inferSelect): RegionDto {
  return { code: row.code, name: row.name, level: row.level as RegionLevel, parentCode: row.parentCode };
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Regions by parent, level or name, in name order, a keyset page at a time. */
export async function listRegions(ctx: AppContext, input: ListRegionsInput) {
  const after = decodeCursor(input.cursor, 2);
  const conditions: (SQL | undefined)[] = [
    input.parentCode ? eq(regions.parentCode, input.parentCode) : undefined,
    input.level ? eq(regions.level, input.level) : undefined,
    input.q ? ilike(regions.name, `%${escapeLike(input.q)}%`) : undefined,
    after
      ? or(
          gt(regions.name, String(after[0])),
          and(eq(regions.name, String(after[0])), gt(regions.code, String(after[1]))),
        )
      : undefined,
  ];
  const rows = await ctx.db
    .select()
    .from(regions)
    .where(and(...conditions))
    .orderBy(asc(regions.name), asc(regions.code))
    .limit(input.limit + 1);
  return pageOf(rows.map(present), input.limit, (r) => [r.name, r.code]);
}

export async function getRegion(ctx: AppContext, code: string): Promise<RegionDto> {
  const [row] = await ctx.db.select().from(regions).where(eq(regions.code, code));
  if (!row) throw notFound();
  return present(row);
}
