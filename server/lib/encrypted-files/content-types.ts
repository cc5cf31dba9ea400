/** The file types whose content can be told from their bytes. */
export type SniffableType =
  | "application/pdf"
  | "image/jpeg"
  | "image/png"
  | "image/webp"
  | "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
  | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
  | "application/vnd.openxmlformats-officedocument.presentationml.presentation"
  | "text/plain";

/**
 * Does a file's content agree with the type the uploader declared? Browsers and users only
 * guess a type from the file name, so a program renamed ".pdf" would otherwise be stored and
 * later handed to a colleague as a PDF. Each type is recognised by its leading "magic" bytes;
 * Office files are ZIP archives, told apart by the folders inside; plain text has none, so it
 * must be valid UTF-8 without control characters.
 */
export function contentMatchesType(type: SniffableType, content: Buffer): boolean {
  switch (type) {
    case "application/pdf":
      return startsWith(content, "%PDF-");
    case "image/jpeg":
      return content.length > 3 && content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff;
    case "image/png":
      return startsWith(content, "\x89PNG\r\n\x1a\n");
    case "image/webp":
      return startsWith(content, "RIFF") && content.toString("latin1", 8, 12) === "WEBP";
    case "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
      return isOfficeArchive(content, "word/");
    case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
      return isOfficeArchive(content, "xl/");
    case "application/vnd.openxmlformats-officedocument.presentationml.presentation":
      return isOfficeArchive(content, "ppt/");
    case "text/plain":
      return isPlainText(content);
  }
}

function startsWith(content: Buffer, magic: string): boolean {
  return content.length >= magic.length && content.toString("latin1", 0, magic.length) === magic;
}

function isOfficeArchive(content: Buffer, folder: string): boolean {
  const names = zipEntryNames(content);
  if (!names) return false;
  return names.includes("[Content_Types].xml") && names.some((name) => name.startsWith(folder));
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;

/**
 * The entry names of a ZIP archive, read from its central directory; null when the content is
 * not a well-formed ZIP. Nothing is decompressed.
 */
export function zipEntryNames(content: Buffer): string[] | null {
  if (content.length < 22 || content.readUInt32LE(0) !== LOCAL_HEADER) return null;
  // The end record sits in the last 22 bytes, or before them if the archive has a comment.
  let end = -1;
  for (let i = content.length - 22; i >= Math.max(0, content.length - 22 - 0xffff); i--) {
    if (content.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = content.readUInt16LE(end + 10);
  const size = content.readUInt32LE(end + 12);
  const offset = content.readUInt32LE(end + 16);
  if (offset + size > end) return null;
  const names: string[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || content.readUInt32LE(at) !== CENTRAL_HEADER) return null;
    const nameLength = content.readUInt16LE(at + 28);
    const skip = nameLength + content.readUInt16LE(at + 30) + content.readUInt16LE(at + 32);
    if (at + 46 + skip > end) return null;
    names.push(content.toString("utf8", at + 46, at + 46 + nameLength));
    at += 46 + skip;
  }
  return names;
}

// Tab, line feed, form feed and carriage return are text; every other control character is not.
const CONTROL_CHARACTERS = /(?![\t\n\f\r])\p{Cc}/u;

function isPlainText(content: Buffer): boolean {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(content);
  } catch {
    return false;
  }
  return !CONTROL_CHARACTERS.test(text);
}
