import { bigint, date, index, integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { cases } from "./cases.ts";
import { createdAt, updatedAt, uuidPk } from "./columns.ts";
import { casePeople } from "./people.ts";
import { users } from "./users.ts";

/** Proses hukum: one criminal proceeding of a case, from the police report to execution or SP3. */
export const legalProcesses = pgTable(
  "legal_processes",
  {
    id: uuidPk(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    policeReportNumber: text("police_report_number"),
    policeUnit: text("police_unit"),
    reportedOn: date("reported_on", { mode: "string" }),
    stageCode: text("stage_code").notNull(),
    stageOn: date("stage_on", { mode: "string" }),
    articlesCharged: text("articles_charged"),
    verdict: text("verdict"), // convicted | acquitted | other
    verdictOn: date("verdict_on", { mode: "string" }),
    sentenceMonths: integer("sentence_months"),
    fineRupiah: bigint("fine_rupiah", { mode: "number" }),
    lpskProtection: text("lpsk_protection").notNull().default("none"), // none | requested | granted | refused
    notes: text("notes"),
    recordedById: uuid("recorded_by_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("legal_processes_case_idx").on(t.caseId),
    index("legal_processes_stage_idx").on(t.stageCode),
    index("legal_processes_recorded_by_idx").on(t.recordedById),
  ],
);

/** The suspects a proceeding charges. */
export const legalProcessSuspects = pgTable(
  "legal_process_suspects",
  {
    legalProcessId: uuid("legal_process_id")
      .notNull()
      .references(() => legalProcesses.id),
    casePersonId: uuid("case_person_id")
      .notNull()
      .references(() => casePeople.id),
  },
  (t) => [
    primaryKey({ name: "legal_process_suspects_pkey", columns: [t.legalProcessId, t.casePersonId] }),
    index("legal_process_suspects_person_idx").on(t.casePersonId),
  ],
);

/** Restitusi for one victim in one proceeding: requested -> demanded -> awarded -> paid, in rupiah. */
export const restitutions = pgTable(
  "restitutions",
  {
    id: uuidPk(),
    legalProcessId: uuid("legal_process_id")
      .notNull()
      .references(() => legalProcesses.id),
    casePersonId: uuid("case_person_id")
      .notNull()
      .references(() => casePeople.id),
    stageCode: text("stage_code").notNull(),
    requestedRupiah: bigint("requested_rupiah", { mode: "number" }),
    requestedOn: date("requested_on", { mode: "string" }),
    demandedRupiah: bigint("demanded_rupiah", { mode: "number" }),
    demandedOn: date("demanded_on", { mode: "string" }),
    awardedRupiah: bigint("awarded_rupiah", { mode: "number" }),
    awardedOn: date("awarded_on", { mode: "string" }),
    paidRupiah: bigint("paid_rupiah", { mode: "number" }),
    paidOn: date("paid_on", { mode: "string" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("restitutions_process_idx").on(t.legalProcessId),
    index("restitutions_case_person_idx").on(t.casePersonId),
  ],
);
