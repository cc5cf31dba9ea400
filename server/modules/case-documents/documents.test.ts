import { createHash, randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DocumentMimeType, documentMimeTypes } from "../../../shared/case-documents.ts";
import { queryRows } from "../../db/query-rows.ts";
import { caseAttachments, caseEvents } from "../../db/schema/index.ts";
import { decryptBytes, keyIdOfBytes } from "../../lib/crypto/field-encryption.ts";
import type { Keyring } from "../../lib/crypto/keyring.ts";
import { contentMatchesType, zipEntryNames } from "../../lib/encrypted-files/content-types.ts";
import { downloadHeaders } from "../../lib/encrypted-files/download-headers.ts";
import { reencryptAll } from "../../ops/reencrypt.ts";
import { auditOf } from "../../test/audit-of.ts";
import { FACTORY_PASSWORD } from "../../test/factories.ts";
import {
  type Client,
  createTestApp,
  describeEachDatabase,
  sessionCookieOf,
  type TestApp,
} from "../../test/test-app.ts";

// Small files of each accepted type: only the parts the type check reads are real.

/** A ZIP archive of stored (uncompressed) entries with a valid central directory. */
function zipOf(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, "utf8");
    const data = Buffer.from(text, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const sampleFiles = {
  // The binary comment after the header is what real PDF writers put there.
  pdf: Buffer.from(
    "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n% Visum et repertum\n%%EOF\n",
    "latin1",
  ),
  jpeg: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0xff, 0xd9]),
  png: Buffer.concat([Buffer.from("\x89PNG\r\n\x1a\n", "latin1"), Buffer.alloc(16, 1)]),
  webp: Buffer.concat([Buffer.from("RIFF\x10\x00\x00\x00WEBPVP8 ", "latin1"), Buffer.alloc(8)]),
  docx: zipOf({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }),
  xlsx: zipOf({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>" }),
  text: Buffer.from("Kronologi: korban berangkat tanggal 3 Mei.\r\n\tSaksi: tetangga.\n", "utf8"),
  // The start of a Windows program: what a renamed .exe really holds.
  exe: Buffer.concat([
    Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"),
    Buffer.alloc(56),
    Buffer.from("PE\x00\x00", "latin1"),
  ]),
};

const typeOfSample: Record<keyof typeof sampleFiles, DocumentMimeType | null> = {
  pdf: "application/pdf",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  text: "text/plain",
  exe: null,
};

const fieldsOf = (res: { body: { error: { details: { field: string }[] } } }) =>
  res.body.error.details.map((d) => d.field);

describe("document types", () => {
  it("accepts each sample only as its own type", () => {
    for (const [sample, bytes] of Object.entries(sampleFiles)) {
      for (const type of documentMimeTypes) {
        const expected = typeOfSample[sample as keyof typeof sampleFiles] === type;
        expect(contentMatchesType(type, bytes), `${sample} as ${type}`).toBe(expected);
      }
    }
  });

  it("refuses text with control characters or broken UTF-8, and a ZIP without its directory", () => {
    expect(contentMatchesType("text/plain", Buffer.from("halo\u0000dunia"))).toBe(false);
    expect(contentMatchesType("text/plain", Buffer.from([0x68, 0xc3, 0x28]))).toBe(false);
    expect(contentMatchesType("text/plain", Buffer.from("Nguyễn Thị 😊\n"))).toBe(true);
    const docx = sampleFiles.docx;
    expect(zipEntryNames(docx)).toEqual(["[Content_Types].xml", "word/document.xml"]);
    expect(zipEntryNames(docx.subarray(0, docx.length - 30))).toBeNull();
    expect(contentMatchesType(typeOfSample.docx!, zipOf({ "word/document.xml": "<w/>" }))).toBe(false);
  });

  it("downloads under an ASCII name and the exact UTF-8 one, as an attachment never sniffed", () => {
    const headers = downloadHeaders('Visum "Siti" Ayu\u2019s (1).pdf', "application/pdf");
    expect(headers).toMatchObject({
      "content-type": "application/pdf",
      "x-content-type-options": "nosniff",
      "cache-control": "no-store",
    });
    expect(headers["content-disposition"]).toBe(
      "attachment; filename=\"Visum _Siti_ Ayu_s (1).pdf\"; filename*=UTF-8''Visum%20%22Siti%22%20Ayu%E2%80%99s%20%281%29.pdf",
    );
    expect(downloadHeaders("a.txt", "text/plain")["content-type"]).toBe("text/plain; charset=utf-8");
  });
});

/** GETs that keep the body as bytes (the test client reads every answer as JSON). */
function downloader(t: TestApp) {
  const cookies = new Map<string, string>();
  return async (client: Client, url: string) => {
    let cookie = cookies.get(client.user.email);
    if (!cookie) {
      const login = await t.app.inject({
        method: "POST",
        url: "/api/auth/login",
        headers: { "content-type": "application/json" },
        payload: { email: client.user.email, password: FACTORY_PASSWORD },
      });
      cookie = sessionCookieOf(login);
      cookies.set(client.user.email, cookie);
    }
    return t.app.inject({ method: "GET", url, headers: { cookie } });
  };
}

const upload = (fileName: string, mimeType: string, bytes: Buffer, extra: Record<string, unknown> = {}) => ({
  fileName,
  mimeType,
  contentBase64: bytes.toString("base64"),
  ...extra,
});

describeEachDatabase("case documents", (kind) => {
  let t: TestApp;
  let caseManager: Client;
  let coordinator: Client;
  let outsider: Client;
  let caseId: string;
  let victim: { id: string; code: string };
  let download: ReturnType<typeof downloader>;
  const secret = Buffer.concat([
    sampleFiles.pdf,
    Buffer.from("Nama korban: Siti Aminah, NIK 3171010101900001\n"),
  ]);

  beforeAll(async () => {
    t = await createTestApp(kind);
    const org = await t.factories.organization();
    caseManager = await t.as("case_manager", { organizationId: org.id });
    coordinator = await t.as("coordinator");
    outsider = await t.as("case_manager", { organizationId: (await t.factories.organization()).id });
    caseId = (await t.factories.case({ leadOrganizationId: org.id })).id;
    victim = await t.factories.casePerson(caseId, "victim");
    download = downloader(t);
  });
  afterAll(() => t.close());

  const attachmentsOf = () => t.ctx.db.$count(caseAttachments, eq(caseAttachments.caseId, caseId));
  const eventsOf = () => t.ctx.db.$count(caseEvents, eq(caseEvents.caseId, caseId));

  it("stores a document encrypted, lists its name to case readers and downloads the same bytes, audited", async () => {
    const res = await caseManager.post(
      `/api/cases/${caseId}/documents`,
      upload("Visum Siti Aminah.pdf", "application/pdf", secret, {
        category: "medical",
        casePersonId: victim.id,
      }),
    );
    expect(res.status).toBe(201);
    const id = res.body.id;
    const sha256 = createHash("sha256").update(secret).digest("hex");
    expect(res.body).toMatchObject({
      fileName: "Visum Siti Aminah.pdf",
      mimeType: "application/pdf",
      sizeBytes: secret.length,
      sha256,
      category: "medical",
      casePersonId: victim.id,
      personCode: victim.code,
      uploadedByName: expect.any(String),
    });

    // At rest: neither the bytes nor the name appear in the row.
    const [raw] = await queryRows<{ content: Uint8Array; name: string }>(
      t.ctx.db,
      sql`SELECT content_enc AS content, file_name_enc AS name FROM case_attachments WHERE id = ${id}`,
    );
    const stored = Buffer.from(raw!.content);
    expect(stored.includes(Buffer.from("Siti Aminah"))).toBe(false);
    expect(stored.includes(sampleFiles.pdf.subarray(0, 20))).toBe(false);
    expect(stored.length).toBeGreaterThan(secret.length);
    expect(raw!.name).not.toContain("Siti");
    expect(raw!.name).toMatch(/^v1\.k1\./);

    const list = await coordinator.get(`/api/cases/${caseId}/documents`);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ id, fileName: "Visum Siti Aminah.pdf", sha256 }),
    ]);

    const [event] = await t.ctx.db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId));
    expect(event).toMatchObject({ kind: "attachment.uploaded", note: null });
    expect(event!.data).toEqual({
      documentId: id,
      category: "medical",
      mimeType: "application/pdf",
      sizeBytes: secret.length,
      personCode: victim.code,
    });
    const [uploaded] = await auditOf(t, "attachment.uploaded", id);
    expect(uploaded!.data).toMatchObject({ mimeType: "application/pdf", size: secret.length, sha256 });
    expect(JSON.stringify(uploaded!.data)).not.toContain("Siti");

    for (const reader of [caseManager, coordinator]) {
      const file = await download(reader, `/api/cases/${caseId}/documents/${id}/content`);
      expect(file.statusCode).toBe(200);
      expect(file.rawPayload.equals(secret)).toBe(true);
      expect(file.headers).toMatchObject({
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="Visum Siti Aminah.pdf"; filename*=UTF-8''Visum%20Siti%20Aminah.pdf`,
        "x-content-type-options": "nosniff",
        "cache-control": "no-store",
      });
    }
    const downloads = await auditOf(t, "attachment.downloaded", id);
    expect(downloads.map((d) => d.actorUserId)).toEqual([caseManager.user.id, coordinator.user.id]);
  });

  it("accepts each allowed type under its own name", async () => {
    const names: Record<string, string> = {
      jpeg: "foto.JPG",
      png: "peta.png",
      webp: "foto.webp",
      docx: "kronologi.docx",
      xlsx: "daftar.xlsx",
      text: "catatan.txt",
    };
    for (const [sample, name] of Object.entries(names)) {
      const type = typeOfSample[sample as keyof typeof sampleFiles]!;
      const res = await caseManager.post(
        `/api/cases/${caseId}/documents`,
        upload(name, type, sampleFiles[sample as keyof typeof sampleFiles]),
      );
      expect(res.status, sample).toBe(201);
    }
  });

  it("refuses content that is not its declared type, a name of another type and bad fields, writing nothing", async () => {
    const before = { attachments: await attachmentsOf(), events: await eventsOf() };
    const url = `/api/cases/${caseId}/documents`;
    const renamedExe = await caseManager.post(url, upload("laporan.pdf", "application/pdf", sampleFiles.exe));
    expect(renamedExe.status).toBe(422);
    expect(fieldsOf(renamedExe)).toEqual(["contentBase64"]);
    expect(renamedExe.body.error.details[0].message).toContain("application/pdf");
    const spreadsheetAsDoc = await caseManager.post(
      url,
      upload("a.docx", typeOfSample.docx!, sampleFiles.xlsx),
    );
    expect(fieldsOf(spreadsheetAsDoc)).toEqual(["contentBase64"]);
    const exeName = await caseManager.post(url, upload("setup.exe", "application/pdf", sampleFiles.pdf));
    expect(fieldsOf(exeName)).toEqual(["fileName"]);
    const program = await caseManager.post(
      url,
      upload("setup.exe", "application/x-msdownload", sampleFiles.exe),
    );
    expect(fieldsOf(program)).toEqual(["mimeType"]);
    const folder = await caseManager.post(
      url,
      upload("../../etc/passwd.txt", "text/plain", sampleFiles.text),
    );
    expect(fieldsOf(folder)).toEqual(["fileName"]);
    const notBase64 = await caseManager.post(url, {
      ...upload("a.txt", "text/plain", sampleFiles.text),
      contentBase64: "%%%",
    });
    expect(fieldsOf(notBase64)).toEqual(["contentBase64"]);
    const category = await caseManager.post(
      url,
      upload("a.txt", "text/plain", sampleFiles.text, { category: "rahasia" }),
    );
    expect(fieldsOf(category)).toEqual(["category"]);
    const otherCase = await t.factories.case();
    const stranger = await t.factories.casePerson(otherCase.id, "victim");
    const foreignPerson = await caseManager.post(
      url,
      upload("a.txt", "text/plain", sampleFiles.text, { casePersonId: stranger.id }),
    );
    expect(fieldsOf(foreignPerson)).toEqual(["casePersonId"]);
    const english = await caseManager.post(url, upload("laporan.pdf", "application/pdf", sampleFiles.exe), {
      "accept-language": "en",
    });
    expect(english.body.error.details[0].message).toBe(
      "the file's content is not of the type application/pdf",
    );

    expect({ attachments: await attachmentsOf(), events: await eventsOf() }).toEqual(before);
  });

  it("answers 404 to a case manager of another organisation, and 403 to roles without case access", async () => {
    const { body: doc } = await caseManager.post(
      `/api/cases/${caseId}/documents`,
      upload("catatan.txt", "text/plain", sampleFiles.text),
    );
    const before = (await auditOf(t, "attachment.downloaded", doc.id)).length;
    expect((await outsider.get(`/api/cases/${caseId}/documents`)).status).toBe(404);
    const content = await download(outsider, `/api/cases/${caseId}/documents/${doc.id}/content`);
    expect(content.statusCode).toBe(404);
    expect(content.body).not.toContain("Kronologi");
    expect(
      (await outsider.post(`/api/cases/${caseId}/documents`, upload("a.txt", "text/plain", sampleFiles.text)))
        .status,
    ).toBe(404);
    expect((await auditOf(t, "attachment.downloaded", doc.id)).length).toBe(before);

    // A document is only found through its own case.
    const ownCase = (await t.factories.case({ leadOrganizationId: outsider.user.organizationId })).id;
    expect((await download(outsider, `/api/cases/${ownCase}/documents/${doc.id}/content`)).statusCode).toBe(
      404,
    );

    for (const role of ["service_provider", "field_reporter", "leadership", "admin"] as const) {
      const client = await t.as(role);
      expect((await client.get(`/api/cases/${caseId}/documents`)).status, role).toBe(403);
      expect(
        (await download(client, `/api/cases/${caseId}/documents/${doc.id}/content`)).statusCode,
        role,
      ).toBe(403);
    }
  });

  it("re-encrypts names and contents under a new key when keys rotate; they still download", async () => {
    const { body: doc } = await caseManager.post(
      `/api/cases/${caseId}/documents`,
      upload("rotasi.pdf", "application/pdf", secret),
    );
    const old = t.ctx.keyring;
    const rotated: Keyring = {
      ...old,
      activeKeyId: "k2",
      keys: new Map([...old.keys, ["k2", randomBytes(32)]]),
    };
    const counts = await reencryptAll(t.ctx.db, rotated);
    const total = await t.ctx.db.$count(caseAttachments);
    expect(counts["case_attachments.content_enc"]).toBe(total);
    expect(counts["case_attachments.file_name_enc"]).toBe(total);

    const [row] = await t.ctx.db.select().from(caseAttachments).where(eq(caseAttachments.id, doc.id));
    expect(keyIdOfBytes(row!.contentEnc)).toBe("k2");
    expect(row!.fileNameEnc.startsWith("v1.k2.")).toBe(true);
    expect(decryptBytes(rotated, row!.contentEnc, `case_attachments.content:${doc.id}`).equals(secret)).toBe(
      true,
    );

    t.ctx.keyring = rotated;
    try {
      const file = await download(caseManager, `/api/cases/${caseId}/documents/${doc.id}/content`);
      expect(file.rawPayload.equals(secret)).toBe(true);
      expect(file.headers["content-disposition"]).toContain('filename="rotasi.pdf"');
      // Nothing left under the old key: a second run rewrites nothing.
      const again = await reencryptAll(t.ctx.db, rotated);
      expect(again["case_attachments.content_enc"]).toBe(0);
    } finally {
      t.ctx.keyring = old;
    }
  });
});

describeEachDatabase("case document size limit", (kind) => {
  let t: TestApp;
  let caseManager: Client;
  let caseId: string;

  beforeAll(async () => {
    t = await createTestApp(kind, { GUGUS_ATTACHMENT_MAX_MB: "1" });
    const org = await t.factories.organization();
    caseManager = await t.as("case_manager", { organizationId: org.id });
    caseId = (await t.factories.case({ leadOrganizationId: org.id })).id;
  });
  afterAll(() => t.close());

  const textOf = (bytes: number) => Buffer.alloc(bytes, "a");

  it("takes a file of exactly the limit and refuses one byte more, naming the field", async () => {
    const limit = 1024 * 1024;
    const fits = await caseManager.post(
      `/api/cases/${caseId}/documents`,
      upload("besar.txt", "text/plain", textOf(limit)),
    );
    expect(fits.status).toBe(201);
    expect(fits.body.sizeBytes).toBe(limit);

    const before = await t.ctx.db.$count(caseAttachments);
    const over = await caseManager.post(
      `/api/cases/${caseId}/documents`,
      upload("besar.txt", "text/plain", textOf(limit + 1)),
    );
    expect(over.status).toBe(422);
    expect(fieldsOf(over)).toEqual(["contentBase64"]);
    expect(over.body.error.details[0].message).toContain("1 MB");
    // Far beyond the limit the request itself is refused before it is read whole.
    const huge = await caseManager.post(
      `/api/cases/${caseId}/documents`,
      upload("besar.txt", "text/plain", textOf(3 * limit)),
    );
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe("payload_too_large");
    expect(await t.ctx.db.$count(caseAttachments)).toBe(before);
  });

  it("keeps the ordinary body limit on other routes", async () => {
    const res = await caseManager.post(`/api/cases/${caseId}/notes`, { note: "x".repeat(1_100_000) });
    expect(res.status).toBe(413);
  });
});
