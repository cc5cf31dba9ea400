import { randomUUID } from "node:crypto";
import type { Readable } from "node:stream";
import { eq } from "drizzle-orm";
import { type ExportRequestInput, identityFormats, REGION_CODE_PATTERN } from "../../../shared/exports.ts";
import type { AppContext } from "../../app-context.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { UserActor } from "../../auth/actor.ts";
import { regions } from "../../db/schema/index.ts";
import { AppError, invalidField } from "../../lib/errors.ts";
import { buildCtdcTable } from "./ctdc-table.ts";
import { type ExportTable, encryptedZip, mimeTypes, tableStream } from "./export-file.ts";
import { type ExportScope, planExport } from "./export-plan.ts";
import { readExportVictims } from "./export-victims.ts";
import { loadExportVocabulary } from "./export-vocabulary.ts";
import { htcdsColumns, htcdsRow, htcdsVocabularies } from "./htcds-export.ts";
import { simfoniColumns, simfoniRow, simfoniVocabularies } from "./simfoni-export.ts";

/** The identity fields an export with identity carries, as the audit names them. */
const IDENTITY_FIELDS = ["name", "nik", "birthDate", "address", "phone"];

export type ExportFile = {
  fileName: string;
  mimeType: string;
  stream: Readable;
  /** Victims written. */
  rows: number;
  /** Victims the CTDC layout could not publish without singling them out (k-anonymity). */
  withheld: number;
};

/** Checks what the schema cannot: the region exists, identity and k fit the layout. */
async function checkRequest(ctx: AppContext, input: ExportRequestInput) {
  if (input.includeIdentity && !identityFormats.includes(input.format))
    throw invalidField("includeIdentity", "export.identity_not_in_ctdc");
  if (input.k !== undefined && input.format !== "ctdc-k-anon") throw invalidField("k", "export.k_only_ctdc");
  if (input.region !== undefined) {
    const [known] = REGION_CODE_PATTERN.test(input.region)
      ? await ctx.db.select({ code: regions.code }).from(regions).where(eq(regions.code, input.region))
      : [];
    if (!known) throw invalidField("region", "field.region_unknown");
  }
}

/** `gugus-htcds-2024-01-01_2024-12-31[-31.71.01].csv`: what, when and where, readable in a folder. */
function baseName(input: ExportRequestInput): string {
  return `gugus-${input.format}-${input.from}_${input.to}${input.region ? `-${input.region}` : ""}`;
}

/** A layout's table over the scope's victims, read a batch at a time; and how many rows it holds. */
async function layoutTable(
  ctx: AppContext,
  input: ExportRequestInput,
  scope: ExportScope,
): Promise<{ table: ExportTable; rows: number; withheld: number; k?: number }> {
  if (input.format === "ctdc-k-anon") return buildCtdcTable(ctx, scope, input.k);
  const identityKeyring = input.includeIdentity ? ctx.keyring : null;
  const plan = await planExport(ctx.db, scope);
  const rows = plan.total;
  if (input.format === "htcds") {
    const vocab = await loadExportVocabulary(ctx.db, htcdsVocabularies);
    const columns = htcdsColumns(input.includeIdentity);
    async function* batches() {
      for await (const victims of readExportVictims(ctx.db, scope, plan, {
        identityKeyring,
        needs: { services: true, suspects: false, legal: true },
      }))
        yield victims.map((v) => htcdsRow(v, vocab, columns));
    }
    return { table: { sheetName: "HTCDS", columns, batches: batches() }, rows, withheld: 0 };
  }
  const vocab = await loadExportVocabulary(ctx.db, simfoniVocabularies);
  const columns = simfoniColumns(vocab, input.includeIdentity);
  async function* batches() {
    let n = 0;
    for await (const victims of readExportVictims(ctx.db, scope, plan, {
      identityKeyring,
      needs: { services: true, suspects: true, legal: true },
    }))
      yield victims.map((v) => simfoniRow(v, ++n, vocab, columns));
  }
  return { table: { sheetName: "SIMFONI", columns, batches: batches() }, rows, withheld: 0 };
}

/**
 * The task force's victims identified in the period (and region) as a file of the chosen layout,
 * streamed. Identity is written only for a caller who may reveal it in this session (a verified
 * second factor); with a password the file leaves inside an AES-256 encrypted ZIP. The export is
 * audited before its first byte leaves: with identity, also as an identity access.
 */
export async function exportCaseData(
  ctx: AppContext,
  actor: UserActor,
  input: ExportRequestInput,
  route: { method: string; url: string },
): Promise<ExportFile> {
  await checkRequest(ctx, input);
  // Security: identity.reveal is absent from a session without its second factor (decision 0002).
  if (input.includeIdentity && !actor.permissions.has("identity.reveal")) {
    await recordAudit(ctx.db, actor, {
      event: "access.denied",
      data: { permission: "identity.reveal", method: route.method, route: route.url, includeIdentity: true },
    });
    throw new AppError("forbidden", "error.export_identity_forbidden");
  }

  const scope: ExportScope = {
    taskForceId: actor.taskForceId,
    from: input.from,
    to: input.to,
    region: input.region ?? null,
  };
  const { table, rows, withheld, k } = await layoutTable(ctx, input, scope);
  const encrypted = input.password !== undefined;
  const exportId = randomUUID();
  const period = { from: input.from, to: input.to };
  await ctx.db.transaction(async (tx) => {
    await recordAudit(tx, actor, {
      event: "data.exported",
      taskForceId: actor.taskForceId,
      recordType: "data_export",
      recordId: exportId,
      data: {
        format: input.format,
        fileType: input.fileType,
        period,
        region: input.region ?? null,
        rows,
        ...(input.format === "ctdc-k-anon" ? { k, withheld } : {}),
        identity: input.includeIdentity,
        encrypted,
      },
    });
    // The audit page lists this with every other reveal of a victim's identity.
    if (input.includeIdentity)
      await recordAudit(tx, actor, {
        event: "identity.viewed",
        taskForceId: actor.taskForceId,
        recordType: "data_export",
        recordId: exportId,
        data: {
          via: "export",
          format: input.format,
          period,
          region: input.region ?? null,
          rows,
          fields: IDENTITY_FIELDS,
        },
      });
  });

  const name = baseName(input);
  const file = tableStream(input.fileType, table);
  if (encrypted) {
    return {
      fileName: `${name}.zip`,
      mimeType: mimeTypes.zip,
      stream: encryptedZip(file, `${name}.${input.fileType}`, input.password!),
      rows,
      withheld,
    };
  }
  return {
    fileName: `${name}.${input.fileType}`,
    mimeType: mimeTypes[input.fileType],
    stream: file,
    rows,
    withheld,
  };
}
