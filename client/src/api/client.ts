/**
 * The one way the client talks to the API: JSON in, JSON out, the session cookie sent along, and every failure
 * turned into an `ApiError` that screens can switch on by `code` and translate.
 */
import { ErrorBodySchema } from '@kafaat/shared';

/** A request that did not succeed: the server's `{ error }` body, or a stand-in when there was none. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** HTTP status; 0 when the server could not be reached at all (offline, DNS, connection refused). */
  readonly status: number;
  /** Stable machine code from the server (e.g. "validation_failed"), or "network_error" / "http_<status>". */
  readonly code: string;
  /** Field-level problems or other structured data the server attached. */
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown, options?: ErrorOptions) {
    super(message, options);
    this.status = status;
    this.code = code;
    this.details = details;
  }
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

  const parsed = ErrorBodySchema.safeParse(payload);
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    throw new ApiError(response.status, code, message, details);
  }
  throw new ApiError(response.status, `http_${response.status}`, response.statusText || `HTTP ${response.status}`);
}
