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
  if (writes) {
    // Security: the server refuses cookie-authenticated writes that are not application/json.
    headers["Content-Type"] = "application/json";
  }
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: "same-origin",
      body: writes ? JSON.stringify(options.body ?? {}) : undefined,
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

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) =>
    apiRequest<T>("GET", path, { query, signal }),
  post: <T>(path: string, body: unknown = {}) => apiRequest<T>("POST", path, { body }),
  patch: <T>(path: string, body: unknown = {}) => apiRequest<T>("PATCH", path, { body }),
  delete: <T>(path: string, body: unknown = {}) => apiRequest<T>("DELETE", path, { body }),
};
