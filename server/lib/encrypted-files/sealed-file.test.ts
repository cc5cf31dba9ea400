import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { encryptedByteColumns, encryptedColumns } from "../../db/encrypted-columns.ts";
import { parseKeyringEnv } from "../crypto/keyring.ts";
import { fileContexts, openContent, openFile, sealContent, sealFile, sha256Of } from "./sealed-file.ts";

const keyring = parseKeyringEnv(`k1:${randomBytes(32).toString("base64")}`);
const contexts = fileContexts("case_attachments");

describe("sealed files", () => {
  it("opens a sealed name and content, and records the plain size and fingerprint", () => {
    const id = randomUUID();
    const content = Buffer.from("%PDF-1.7 visum et repertum Siti Aminah");
    const sealed = sealFile(keyring, contexts, id, { fileName: "visum Siti.pdf", content });
    expect(sealed.sizeBytes).toBe(content.length);
    expect(sealed.sha256).toBe(sha256Of(content));
    expect(sealed.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(sealed.fileNameEnc).not.toContain("Siti");
    expect(sealed.contentEnc.includes(Buffer.from("Siti"))).toBe(false);
    const opened = openFile(keyring, contexts, { id, ...sealed });
    expect(opened.fileName).toBe("visum Siti.pdf");
    expect(opened.content.equals(content)).toBe(true);
  });

  it("refuses to open a file copied to another row or another table", () => {
    const id = randomUUID();
    const { contentEnc } = sealContent(keyring, contexts, id, Buffer.from("halo"));
    expect(() => openContent(keyring, contexts, randomUUID(), contentEnc)).toThrow();
    expect(() => openContent(keyring, fileContexts("meeting_documents"), id, contentEnc)).toThrow();
    expect(openContent(keyring, contexts, id, contentEnc).toString()).toBe("halo");
  });

  it("binds each table's names and contents where key rotation looks for them", () => {
    const id = randomUUID();
    for (const column of encryptedByteColumns) {
      expect(fileContexts(column.table).content(id)).toBe(column.context(id));
      const name = encryptedColumns.find((c) => c.table === column.table && c.column === "file_name_enc");
      if (name) expect(fileContexts(column.table).fileName(id)).toBe(name.context(id));
    }
    expect(encryptedByteColumns.map((c) => c.table)).toEqual(
      expect.arrayContaining([
        "case_attachments",
        "activity_files",
        "action_item_attachments",
        "early_warning_photos",
        "meeting_documents",
      ]),
    );
  });
});
