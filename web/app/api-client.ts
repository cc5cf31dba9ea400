import type { ErrorCode, FieldError } from "../../shared/api-error.ts";
import { currentLanguage, i18n } from "../i18n/i18n.ts";

/** Codes of failures that never reached the API's error format (offline, proxy pages). */
export type ClientErrorCode = "network" | "unexpected_response";

/** A failed API call, carrying the server's code and its already-translated message. */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: ErrorCode | ClientErrorCode;
  readonly details: unknown;

  constructor(status: number, code: ErrorCode | ClientErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = "ApiRequestError";
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** The per-field messages of a `validation_failed` answer, or an empty list. */
  get fieldErrors(): FieldError[] {
    if (this.code !== "validation_failed" || !Array.isArray(this.details)) return [];
    return this.details.filter(
      (item): item is FieldError =>
        typeof item === "object" &&
        item !== null &&
        typeof (item as FieldError).field === "string" &&
        typeof (item as FieldError).message === "string",
    );
  }
}

export function isApiError(error: unknown, code?: ErrorCode | ClientErrorCode): error is ApiRequestError {
  return error instanceof ApiRequestError && (code === undefined || error.code === code);
}

type QueryValue = string | number | boolean | null | undefined;

export type RequestOptions = {
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** A file upload: sent as multipart/form-data instead of JSON. */
  form?: FormData;
  signal?: AbortSignal;
};

function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === "") continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return `/api${path}${search ? `?${search}` : ""}`;
}

async function readError(response: Response): Promise<ApiRequestError> {
  try {
    const body = (await response.json()) as {
      error?: { code?: ErrorCode; message?: string; details?: unknown };
    };
    if (body.error?.code && body.error.message) {
      return new ApiRequestError(response.status, body.error.code, body.error.message, body.error.details);
    }
  } catch {
    // Not JSON: a proxy or gateway answered instead of the API.
  }
  return new ApiRequestError(response.status, "unexpected_response", i18n.t("errors.unexpected"));
}

/** One API call. Every request names the UI language; every write is JSON (the CSRF defence). */
export async function apiRequest<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: "application/json",
    "Accept-Language": currentLanguage(),
  };
  const writes = method !== "GET" && method !== "HEAD";
  if (writes && !options.form) {
    // Security: the server refuses cookie-authenticated writes that are not application/json
    // (or multipart, whose boundary the browser writes into the header itself).
    headers["Content-Type"] = "application/json";
  }
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: "same-origin",
      body: writes ? (options.form ?? JSON.stringify(options.body ?? {})) : undefined,
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiRequestError(0, "network", i18n.t("errors.network"));
  }
  if (!response.ok) throw await readError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/**
 * A file the API serves (a document, a photo) as a Blob. A refusal carries the server's message
 * like any other call, so a page can show why instead of saving an error page as the file.
 */
async function fetchFile(
  path: string,
  signal?: AbortSignal,
): Promise<{ blob: Blob; fileName: string | null }> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path), {
      credentials: "same-origin",
      headers: { "Accept-Language": currentLanguage() },
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiRequestError(0, "network", i18n.t("errors.network"));
  }
  if (!response.ok) throw await readError(response);
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get("content-disposition")) };
}

/** The name a Content-Disposition header gives a file: the UTF-8 form (RFC 6266) when present. */
function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // A malformed escape: fall back to the plain name below.
    }
  }
  return /filename="([^"]*)"/i.exec(disposition)?.[1] ?? null;
}

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) =>
    apiRequest<T>("GET", path, { query, signal }),
  blob: (path: string, signal?: AbortSignal) => fetchFile(path, signal).then((file) => file.blob),
  /** A download with the file name the server chose. */
  file: (path: string, signal?: AbortSignal) => fetchFile(path, signal),
  post: <T>(path: string, body: unknown = {}) => apiRequest<T>("POST", path, { body }),
  /** A multipart upload (a file and text fields). */
  upload: <T>(path: string, form: FormData) => apiRequest<T>("POST", path, { form }),
  patch: <T>(path: string, body: unknown = {}) => apiRequest<T>("PATCH", path, { body }),
  delete: <T>(path: string, body: unknown = {}) => apiRequest<T>("DELETE", path, { body }),
};
