import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/**
 * Helpers for tests only: an SMTP server on loopback that keeps what it receives, and small
 * readers of MIME and iCalendar, so a test checks what a mail program and a calendar would see.
 */

export type ReceivedMail = { from: string; to: string[]; raw: string };

export async function startSmtpServer(port = 0) {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  server.listen(port, "127.0.0.1");
  await once(server.server, "listening");
  const address = server.server.address() as AddressInfo;
  return {
    received,
    port: address.port,
    url: `smtp://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port nothing listens on (taken and released at once): a mail server that is down. */
export async function freePort(): Promise<number> {
  const probe = await startSmtpServer();
  await probe.close();
  return probe.port;
}

export async function waitFor(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 25));
  }
}

export type MimePart = { headers: Record<string, string>; body: string; parts: MimePart[] };

function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r\n[ \t]+/g, " ").split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/** Splits a raw message into its MIME tree (multipart bodies into parts). */
export function parseMime(raw: string): MimePart {
  const split = raw.indexOf("\r\n\r\n");
  const headers = parseHeaders(raw.slice(0, split));
  const body = raw.slice(split + 4);
  const boundary = /boundary="?([^";]+)"?/i.exec(headers["content-type"] ?? "")?.[1];
  if (!boundary) return { headers, body, parts: [] };
  const parts = body
    .split(`--${boundary}`)
    .slice(1)
    .filter((chunk) => !chunk.startsWith("--"))
    .map((chunk) => parseMime(chunk.replace(/^\r\n/, "")));
  return { headers, body, parts };
}

export function flattenParts(part: MimePart): MimePart[] {
  return part.parts.length === 0 ? [part] : part.parts.flatMap(flattenParts);
}

/** A leaf part's content, decoded from base64 or quoted-printable. */
export function decodedBody(part: MimePart): string {
  const encoding = (part.headers["content-transfer-encoding"] ?? "").toLowerCase();
  const body = part.body.replace(/\r\n--$/, "");
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") {
    const bytes = body
      .replace(/=\r\n/g, "")
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}

export type IcsProperty = { name: string; params: Record<string, string>; value: string };

/** Unescapes a TEXT value: \n, \, \; \, and \\. */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

/**
 * Reads an iCalendar object: unfolds continuation lines, splits name;params:value (quoted
 * parameter values may hold ":" and ";") and unescapes TEXT values.
 */
export function parseIcs(text: string): { lines: string[]; properties: IcsProperty[] } {
  const lines = text.split("\r\n");
  const unfolded = text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter(Boolean);
  const properties = unfolded.map((line) => {
    let i = 0;
    let quoted = false;
    while (i < line.length && (quoted || line[i] !== ":")) {
      if (line[i] === '"') quoted = !quoted;
      i++;
    }
    const head = line.slice(0, i);
    const value = line.slice(i + 1);
    const [name, ...rawParams] = head.match(/(?:[^;"]|"[^"]*")+/g) ?? [];
    const params = Object.fromEntries(
      rawParams.map((p) => {
        const eq = p.indexOf("=");
        return [p.slice(0, eq), p.slice(eq + 1).replace(/^"|"$/g, "")];
      }),
    );
    const textual = ["SUMMARY", "DESCRIPTION", "LOCATION", "X-WR-CALNAME"].includes(name!);
    return { name: name!, params, value: textual ? unescapeText(value) : value };
  });
  return { lines, properties };
}

/** The events of a parsed calendar, each as a map of its properties (repeated ones as lists). */
export function icsEvents(properties: readonly IcsProperty[]) {
  const events: IcsProperty[][] = [];
  let current: IcsProperty[] | null = null;
  for (const p of properties) {
    if (p.name === "BEGIN" && p.value === "VEVENT") current = [];
    else if (p.name === "END" && p.value === "VEVENT") {
      events.push(current!);
      current = null;
    } else if (current) current.push(p);
  }
  return events.map((props) => ({
    get: (name: string) => props.find((p) => p.name === name),
    all: (name: string) => props.filter((p) => p.name === name),
  }));
}
