import { describe, expect, it } from "vitest";
import { contentMatchesType } from "./content-types.ts";

/** A ZIP archive of stored entries with a valid central directory (names only, empty files). */
function zipOf(names: string[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const name of names) {
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n);
    centrals.push(central, n);
    offset += 30 + n.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe("content types", () => {
  const pptx = "application/vnd.openxmlformats-officedocument.presentationml.presentation" as const;
  const docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document" as const;

  it("tells slides from other Office files by the folder inside the archive", () => {
    const slides = zipOf(["[Content_Types].xml", "ppt/presentation.xml"]);
    expect(contentMatchesType(pptx, slides)).toBe(true);
    expect(contentMatchesType(docx, slides)).toBe(false);
    expect(contentMatchesType(pptx, zipOf(["[Content_Types].xml", "word/document.xml"]))).toBe(false);
    expect(contentMatchesType(pptx, zipOf(["ppt/presentation.xml"]))).toBe(false);
  });

  it("refuses a truncated archive", () => {
    const slides = zipOf(["[Content_Types].xml", "ppt/presentation.xml"]);
    expect(contentMatchesType(pptx, slides.subarray(0, slides.length - 10))).toBe(false);
  });
});
