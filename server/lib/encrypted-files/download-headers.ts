import type { FastifyReply } from "fastify";

/**
 * The headers of a file download. The browser must save the file, never render it inside the
 * app's origin (a crafted file could otherwise run script there), and must not guess another
 * type than the one checked at upload. The name travels twice: as plain ASCII for old clients,
 * and UTF-8 encoded (RFC 6266 / 8187) for the rest.
 */
export function downloadHeaders(fileName: string, mimeType: string): Record<string, string> {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return {
    "content-type": mimeType === "text/plain" ? "text/plain; charset=utf-8" : mimeType,
    "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`,
    "x-content-type-options": "nosniff",
    // Security: a victim's document must not linger in a shared computer's browser cache.
    "cache-control": "no-store",
  };
}

/** Answers with a file to save: its bytes under the download headers. */
export function sendDownload(
  reply: FastifyReply,
  file: { fileName: string; mimeType: string; content: Buffer },
) {
  return reply.headers(downloadHeaders(file.fileName, file.mimeType)).send(file.content);
}
