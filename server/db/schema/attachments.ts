import { bigint, index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { bytea, cases } from "./cases.ts";
import { createdAt, uuidPk } from "./columns.ts";
import { casePeople } from "./people.ts";
import { users } from "./users.ts";

/**
 * Documents of a case. The file's name and content are encrypted with the data key, bound to
 * the row; only the type, size and SHA-256 of the plaintext stay readable.
 */
export const caseAttachments = pgTable(
  "case_attachments",
  {
    id: uuidPk(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    casePersonId: uuid("case_person_id").references(() => casePeople.id),
    fileNameEnc: text("file_name_enc").notNull(),
    mimeType: text("mime_type").notNull(),
    sizeBytes: bigint("size_bytes", { mode: "number" }).notNull(),
    sha256: text("sha256").notNull(),
    contentEnc: bytea("content_enc").notNull(),
    category: text("category").notNull().default("other"),
    uploadedById: uuid("uploaded_by_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("case_attachments_case_idx").on(t.caseId, t.createdAt),
    index("case_attachments_person_idx").on(t.casePersonId),
    index("case_attachments_uploaded_by_idx").on(t.uploadedById),
  ],
);
