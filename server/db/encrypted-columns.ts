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
];
