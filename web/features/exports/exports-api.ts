import { useMutation } from "@tanstack/react-query";
import type { ErrorCode } from "../../../shared/api-error.ts";
import { type ExportRequestInput, exportHeaders } from "../../../shared/exports.ts";
import { ApiRequestError } from "../../app/api-client.ts";
import { currentLanguage, i18n } from "../../i18n/i18n.ts";
import { saveFile } from "../../ui/save-file.ts";

/** What the page says after a download: the file's name and what it holds. */
export type ExportResult = { fileName: string; rows: number; withheld: number; encrypted: boolean };

/** The name a Content-Disposition header gives the file (its UTF-8 form when present). */
function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // A malformed escape: the plain name below.
    }
  }
  return /filename="([^"]*)"/i.exec(disposition)?.[1] ?? null;
}

/**
 * The body as it arrives, counted: the server streams the file while it reads the records, so the
 * page can say how much has come instead of showing a spinner for the whole of a large export.
 */
async function received(response: Response, onProgress: (bytes: number) => void): Promise<Blob> {
  const type = response.headers.get("content-type") ?? "application/octet-stream";
  if (!response.body) return response.blob();
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    bytes += value.length;
    onProgress(bytes);
  }
  return new Blob(parts as BlobPart[], { type });
}

async function errorOf(response: Response): Promise<ApiRequestError> {
  try {
    const body = (await response.json()) as {
      error?: { code?: ErrorCode; message?: string; details?: unknown };
    };
    if (body.error?.code && body.error.message)
      return new ApiRequestError(response.status, body.error.code, body.error.message, body.error.details);
  } catch {
    // Not the API's JSON: a proxy answered.
  }
  return new ApiRequestError(response.status, "unexpected_response", i18n.t("errors.unexpected"));
}

/**
 * The export as a download. A POST with a JSON body, not a link: the password must never sit in
 * an address, and a refusal (403, 422) comes back as the API's message instead of a saved file.
 */
export function useExportDownload(onProgress: (bytes: number) => void = () => {}) {
  return useMutation({
    mutationFn: async (request: ExportRequestInput): Promise<ExportResult> => {
      let response: Response;
      try {
        response = await fetch("/api/exports", {
          method: "POST",
          credentials: "same-origin",
          // Security: JSON is what the server's CSRF defence expects of a cookie-authenticated write.
          headers: { "Content-Type": "application/json", "Accept-Language": currentLanguage() },
          body: JSON.stringify(request),
        });
      } catch {
        throw new ApiRequestError(0, "network", i18n.t("errors.network"));
      }
      if (!response.ok) throw await errorOf(response);
      const encrypted = request.password !== undefined;
      const fileName =
        fileNameOf(response.headers.get("content-disposition")) ??
        `gugus-${request.format}.${encrypted ? "zip" : request.fileType}`;
      saveFile(await received(response, onProgress), fileName);
      return {
        fileName,
        rows: Number(response.headers.get(exportHeaders.rows) ?? 0),
        withheld: Number(response.headers.get(exportHeaders.withheld) ?? 0),
        encrypted,
      };
    },
  });
}
