/**
 * The one way the client talks to the API: JSON in, JSON out, the session cookie sent along, and every failure
 * turned into an `ApiError` that screens can switch on by `code` and translate.
 */
import { ErrorBodySchema, FieldIssueSchema, type FieldIssue } from '@kafaat/shared';

/** A request that did not succeed: the server's `{ error }` body, or a stand-in when there was none. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** HTTP status; 0 when the server could not be reached at all (offline, DNS, connection refused). */
  readonly status: number;
  /** Stable machine code from the server (e.g. "validation_failed"), or "network_error" / "http_<status>". */
  readonly code: string;
  /** Field-level problems or other structured data the server attached. */
  readonly details: unknown;
  /** From a 429's Retry-After header: how long to wait before trying again. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    status: number,
    code: string,
    message: string,
    details?: unknown,
    options?: ErrorOptions & { retryAfterSeconds?: number },
  ) {
    super(message, options);
    this.status = status;
    this.code = code;
    this.details = details;
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }
}

const FieldIssuesSchema = FieldIssueSchema.array();

/** The field-level problems of a failed request (validation errors), or none when it carried something else. */
export function fieldIssuesOf(error: unknown): FieldIssue[] {
  if (!(error instanceof ApiError)) return [];
  const parsed = FieldIssuesSchema.safeParse(error.details);
  return parsed.success ? parsed.data : [];
}

/** Retry-After is either a number of seconds or an HTTP date; anything else is ignored. */
function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000));
}

/** `fetch` options, except that `body` may be any JSON-serialisable value (or FormData for uploads). */
export type ApiRequestInit = Omit<RequestInit, 'body'> & { body?: unknown };

function encodeBody(body: unknown, headers: Headers): BodyInit | undefined {
  if (body === undefined) return undefined;
  if (body instanceof FormData) return body; // The browser sets the multipart boundary itself.
  headers.set('Content-Type', 'application/json');
  return JSON.stringify(body);
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  const isJson = response.headers.get('Content-Type')?.includes('json') ?? false;
  if (!isJson) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Calls the API at `path` (e.g. "/api/v1/profiles/me") and resolves with the parsed JSON body, left `unknown` so
 * the caller validates it with the shared schema. Rejects with `ApiError` on a non-2xx answer or a network failure;
 * an aborted request rejects with the original AbortError so react-query can tell cancellation from failure.
 */
export async function apiFetch(path: string, init: ApiRequestInit = {}): Promise<unknown> {
  const { body, headers: initHeaders, ...rest } = init;
  const headers = new Headers(initHeaders);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  const encoded = encodeBody(body, headers);

  let response: Response;
  try {
    response = await fetch(path, { ...rest, headers, body: encoded, credentials: 'same-origin' });
  } catch (cause) {
    if (rest.signal?.aborted) throw cause; // Cancelled on purpose (react-query, navigation): not a failure.
    throw new ApiError(0, 'network_error', 'The server could not be reached.', undefined, { cause });
  }

  const payload = await readBody(response);
  if (response.ok) return payload;

  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
  const parsed = ErrorBodySchema.safeParse(payload);
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    throw new ApiError(response.status, code, message, details, { retryAfterSeconds });
  }
  const fallback = response.statusText || `HTTP ${response.status}`;
  throw new ApiError(response.status, `http_${response.status}`, fallback, undefined, { retryAfterSeconds });
}
