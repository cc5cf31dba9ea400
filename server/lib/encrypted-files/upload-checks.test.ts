import { describe, expect, it } from "vitest";
import { AppError } from "../errors.ts";
import { acceptUpload, base64BodyLimit, checkUpload, megabytes } from "./upload-checks.ts";

const base64 = (text: string | Buffer) => Buffer.from(text).toString("base64");
const png = Buffer.concat([Buffer.from("\x89PNG\r\n\x1a\n", "latin1"), Buffer.alloc(32)]);

describe("upload checks", () => {
  it("decodes a file whose name, size and bytes agree with its type", () => {
    const { content, problems } = checkUpload(
      { fileName: "Foto.PNG", mimeType: "image/png", contentBase64: base64(png) },
      { maxBytes: 1024, extensions: [".png"] },
    );
    expect(problems).toEqual([]);
    expect(content.equals(png)).toBe(true);
  });

  it("names the fields of a wrong ending and of bytes of another type", () => {
    const { problems } = checkUpload(
      { fileName: "surat.exe", mimeType: "application/pdf", contentBase64: base64("MZ not a pdf") },
      { maxBytes: 1024, extensions: [".pdf"] },
    );
    expect(problems).toEqual([
      { field: "fileName", key: "document.extension_mismatch", params: { extensions: ".pdf" } },
      { field: "contentBase64", key: "document.content_mismatch", params: { type: "application/pdf" } },
    ]);
  });

  it("takes a file of exactly the limit and refuses one byte more without sniffing it", () => {
    const rules = { maxBytes: png.length };
    expect(checkUpload({ mimeType: "image/png", contentBase64: base64(png) }, rules).problems).toEqual([]);
    const larger = Buffer.concat([png, Buffer.from([0])]);
    expect(checkUpload({ mimeType: "text/plain", contentBase64: base64(larger) }, rules).problems).toEqual([
      { field: "contentBase64", key: "document.too_large", params: { maximum: 0 } },
    ]);
  });

  it("uses the caller's fields, messages and name for the type", () => {
    const { problems } = checkUpload(
      { mimeType: "image/jpeg", contentBase64: base64("GIF89a") },
      {
        maxBytes: 5 * 1024 * 1024,
        fields: { content: "photo.contentBase64" },
        messages: {
          tooLarge: "early_warning.photo_too_large",
          contentMismatch: "early_warning.photo_not_image",
        },
        typeLabel: "JPEG",
      },
    );
    expect(problems).toEqual([
      { field: "photo.contentBase64", key: "early_warning.photo_not_image", params: { type: "JPEG" } },
    ]);
  });

  it("hands back the bytes of an acceptable file and refuses another with every problem named", () => {
    const rules = { maxBytes: 1024, extensions: [".png"] };
    expect(
      acceptUpload({ fileName: "a.png", mimeType: "image/png", contentBase64: base64(png) }, rules),
    ).toEqual(png);
    let refusal: unknown;
    try {
      acceptUpload({ fileName: "a.jpg", mimeType: "image/png", contentBase64: base64("halo") }, rules);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).code).toBe("validation_failed");
    expect((refusal as AppError).fields?.map((f) => f.key)).toEqual([
      "document.extension_mismatch",
      "document.content_mismatch",
    ]);
  });

  it("quotes sizes in megabytes to one decimal and leaves room for base64 and the JSON around it", () => {
    expect(megabytes(5 * 1024 * 1024)).toBe(5);
    expect(megabytes(1_500_000)).toBe(1.4);
    expect(base64BodyLimit(3 * 1024 * 1024)).toBe(4 * 1024 * 1024 + 64 * 1024);
  });
});
