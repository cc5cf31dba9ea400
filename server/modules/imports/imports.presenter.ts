import type {
  ImportDto,
  ImportFormat,
  ImportListItem,
  ImportStatus,
  ImportSummary,
} from "../../../shared/imports.ts";
import { isMessageKey, type Locale, type MessageKey, translate } from "../../lib/messages.ts";
import { formatWib } from "../../lib/wib.ts";
import type { ImportRow } from "./imports.repository.ts";

type StoredError = { row: number; field: string; key: string; params: unknown };

const iso = (date: Date | null) => date?.toISOString() ?? null;
const say = (locale: Locale, key: string, params: unknown = {}) =>
  isMessageKey(key)
    ? translate(locale, key as MessageKey, (params ?? {}) as Record<string, string | number>)
    : key;

/** One problem of a row, in the reader's language. */
export function presentImportError(locale: Locale, e: StoredError) {
  return { row: e.row, field: e.field, message: say(locale, e.key, e.params) };
}

/** What the outcome means, in a sentence: the same words the web shows and the CLI prints. */
function messageOf(locale: Locale, row: ImportRow): string | null {
  const counts = { created: row.created, cases: row.casesCreated, rejected: row.rejected, valid: row.valid };
  if (row.status === "queued") return say(locale, "import.status.queued");
  if (row.status === "running") return say(locale, "import.status.running");
  if (row.status === "failed") {
    if (row.failureKey === "import.failure.rows_rejected")
      return say(locale, "import.outcome.rejected", counts);
    return say(locale, row.failureKey ?? "import.failure.internal", row.failureParams);
  }
  if (row.duplicateOfId)
    return say(locale, "import.outcome.duplicate", {
      date: row.duplicateFinishedAt ? formatWib(row.duplicateFinishedAt, locale) : "",
      created: row.duplicateCreated ?? 0,
    });
  if (row.dryRun)
    return say(locale, "import.outcome.dry_run", {
      ...counts,
      cases: row.summary ? (row.summary as ImportSummary).cases : 0,
    });
  if (!row.applied) return say(locale, "import.outcome.rejected", counts);
  return say(locale, row.rejected > 0 ? "import.outcome.applied_partly" : "import.outcome.applied", counts);
}

export function presentImportListItem(locale: Locale, row: ImportRow, liveProgress?: number): ImportListItem {
  return {
    id: row.id,
    format: row.format as ImportFormat,
    fileName: row.fileName,
    fileSize: row.fileSize,
    contentHash: row.contentHash,
    dryRun: row.dryRun,
    allOrNothing: row.allOrNothing,
    status: row.status as ImportStatus,
    progress: liveProgress ?? row.progress,
    rowsRead: row.rowsRead,
    valid: row.valid,
    created: row.created,
    casesCreated: row.casesCreated,
    rejected: row.rejected,
    message: messageOf(locale, row),
    failure:
      row.status === "failed" && row.failureKey
        ? {
            code: row.failureKey.replace(/^import\.failure\./, ""),
            message: say(locale, row.failureKey, row.failureParams),
          }
        : null,
    duplicateOf: row.duplicateOfId
      ? {
          id: row.duplicateOfId,
          finishedAt: iso(row.duplicateFinishedAt),
          created: row.duplicateCreated ?? 0,
        }
      : null,
    requestedByName: row.requestedByName,
    leadOrganizationName: row.leadOrganizationName,
    createdAt: row.createdAt.toISOString(),
    startedAt: iso(row.startedAt),
    finishedAt: iso(row.finishedAt),
  };
}

export function presentImport(
  locale: Locale,
  row: ImportRow,
  errors: { rows: StoredError[]; total: number },
  liveProgress?: number,
): ImportDto {
  return {
    ...presentImportListItem(locale, row, liveProgress),
    errors: errors.rows.map((e) => presentImportError(locale, e)),
    errorCount: errors.total,
    summary: (row.summary as ImportSummary | null) ?? null,
  };
}
