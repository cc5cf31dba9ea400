import { and, asc, count, desc, eq, getTableColumns, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../db/database.ts";
import { importErrors, imports, organizations, users } from "../../db/schema/index.ts";

const duplicateOf = alias(imports, "duplicate_of");

/** An import with the names it is shown with, and the import it repeats (when it does). */
const columns = {
  ...getTableColumns(imports),
  requestedByName: sql<string>`coalesce(${users.name}, ${imports.requestedByLabel})`,
  leadOrganizationName: organizations.name,
  duplicateFinishedAt: duplicateOf.finishedAt,
  duplicateCreated: duplicateOf.created,
};

function selectImports(db: Db) {
  return db
    .select(columns)
    .from(imports)
    .innerJoin(organizations, eq(organizations.id, imports.leadOrganizationId))
    .leftJoin(users, eq(users.id, imports.requestedById))
    .leftJoin(duplicateOf, eq(duplicateOf.id, imports.duplicateOfId));
}

export type ImportRow = Awaited<ReturnType<typeof findImport>> & {};

export async function findImport(db: Db, taskForceId: string, id: string) {
  const [row] = await selectImports(db).where(and(eq(imports.id, id), eq(imports.taskForceId, taskForceId)));
  return row ?? null;
}

/** Newest first, by keyset (created_at, id). */
export async function listImportsPage(
  db: Db,
  taskForceId: string,
  after: (string | number)[] | null,
  limit: number,
) {
  const [afterAt, afterId] = after ?? [];
  return selectImports(db)
    .where(
      and(
        eq(imports.taskForceId, taskForceId),
        after
          ? or(
              sql`${imports.createdAt} < ${String(afterAt)}::timestamptz`,
              and(
                sql`${imports.createdAt} = ${String(afterAt)}::timestamptz`,
                sql`${imports.id} < ${String(afterId)}::uuid`,
              ),
            )
          : undefined,
      ),
    )
    .orderBy(desc(imports.createdAt), desc(imports.id))
    .limit(limit + 1);
}

/** The first problems of an import by row, and how many there are in all. */
export async function importErrorsOf(db: Db, importId: string, limit: number) {
  const rows = await db
    .select({
      row: importErrors.row,
      field: importErrors.field,
      key: importErrors.key,
      params: importErrors.params,
    })
    .from(importErrors)
    .where(eq(importErrors.importId, importId))
    .orderBy(asc(importErrors.position))
    .limit(limit);
  const [total] = await db
    .select({ n: count() })
    .from(importErrors)
    .where(eq(importErrors.importId, importId));
  return { rows, total: Number(total?.n ?? 0) };
}

/** Every problem of an import, by row, for the CSV download. */
export function allImportErrors(db: Db, importId: string) {
  return db
    .select({
      row: importErrors.row,
      field: importErrors.field,
      key: importErrors.key,
      params: importErrors.params,
    })
    .from(importErrors)
    .where(eq(importErrors.importId, importId))
    .orderBy(asc(importErrors.position));
}
