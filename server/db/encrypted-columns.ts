import { identityColumns } from "../modules/people/person-identity.ts";

/**
 * Every column that holds a value encrypted with the data key, and the context its values are
 * bound to. Key rotation re-encrypts exactly these; a new encrypted column is added here.
 */
export type EncryptedColumn = {
  table: string;
  idColumn: string;
  column: string;
  context: (id: string) => string;
};

export const encryptedColumns: EncryptedColumn[] = [
  { table: "users", idColumn: "id", column: "totp_secret_enc", context: (id) => `users.totp_secret:${id}` },
  { table: "users", idColumn: "id", column: "totp_pending_enc", context: (id) => `users.totp_pending:${id}` },
  ...Object.values(identityColumns).map(
    ({ sql, context }): EncryptedColumn => ({
      table: "people",
      idColumn: "id",
      column: sql,
      context: (id) => `${context}:${id}`,
    }),
  ),
  { table: "complaints", idColumn: "id", column: "story_enc", context: (id) => `complaints.story:${id}` },
  {
    table: "complaints",
    idColumn: "id",
    column: "reporter_name_enc",
    context: (id) => `complaints.reporter_name:${id}`,
  },
  {
    table: "complaints",
    idColumn: "id",
    column: "reporter_contact_enc",
    context: (id) => `complaints.reporter_contact:${id}`,
  },
  {
    table: "case_attachments",
    idColumn: "id",
    column: "file_name_enc",
    context: (id) => `case_attachments.file_name:${id}`,
  },
  {
    table: "early_warnings",
    idColumn: "id",
    column: "description_enc",
    context: (id) => `early_warnings.description:${id}`,
  },
  {
    table: "meeting_documents",
    idColumn: "id",
    column: "file_name_enc",
    context: (id) => `meeting_documents.file_name:${id}`,
  },
  {
    table: "calendar_feed_tokens",
    idColumn: "user_id",
    column: "token_enc",
    context: (id) => `calendar_feed_tokens.token:${id}`,
  },
  {
    table: "activity_attendees",
    idColumn: "id",
    column: "name_enc",
    context: (id) => `activity_attendees.name:${id}`,
  },
  {
    table: "activity_attendees",
    idColumn: "id",
    column: "phone_enc",
    context: (id) => `activity_attendees.phone:${id}`,
  },
  {
    table: "activity_files",
    idColumn: "id",
    column: "file_name_enc",
    context: (id) => `activity_files.file_name:${id}`,
  },
  {
    table: "knowledge_test_responses",
    idColumn: "id",
    column: "nickname_enc",
    context: (id) => `knowledge_test_responses.nickname:${id}`,
  },
  {
    table: "action_item_attachments",
    idColumn: "id",
    column: "file_name_enc",
    context: (id) => `action_item_attachments.file_name:${id}`,
  },
];

/**
 * Binary columns (bytea) sealed with `encryptBytes`: attachment contents. Kept apart because a
 * value may be megabytes, so rotation reads the key id from its header and each value alone.
 */
export const encryptedByteColumns: EncryptedColumn[] = [
  {
    table: "case_attachments",
    idColumn: "id",
    column: "content_enc",
    context: (id) => `case_attachments.content:${id}`,
  },
  {
    table: "activity_files",
    idColumn: "id",
    column: "content_enc",
    context: (id) => `activity_files.content:${id}`,
  },
  {
    table: "action_item_attachments",
    idColumn: "id",
    column: "content_enc",
    context: (id) => `action_item_attachments.content:${id}`,
  },
  {
    table: "early_warning_photos",
    idColumn: "early_warning_id",
    column: "content_enc",
    context: (id) => `early_warning_photos.content:${id}`,
  },
  {
    table: "meeting_documents",
    idColumn: "id",
    column: "content_enc",
    context: (id) => `meeting_documents.content:${id}`,
  },
];
