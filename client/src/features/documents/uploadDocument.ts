/**
 * POST /me/documents with XMLHttpRequest rather than fetch: only XHR reports upload progress, and on a slow mobile
 * connection a 5 MB CV takes long enough that a person needs to see it moving (and to be able to stop it).
 * Failures become the same `ApiError` as every other request, so screens translate them by `code`.
 */
import { DocumentSchema, ErrorBodySchema, type DocumentInfo, type DocumentKind } from '@kafaat/shared';
import { ApiError } from '../../api/client';
import { API_BASE } from '../../api/session';
import { CSRF_HEADER } from '../../api/useApi';

/** What the talent chose in the upload form. */
export type DocumentUpload = { file: File; kind: DocumentKind; shared: boolean };

/** Bytes sent so far; `total` is null when the browser cannot tell. */
export type UploadProgress = { loaded: number; total: number | null };

/** How one upload is sent and followed. */
export type UploadOptions = {
  /** The session's CSRF token, sent in the same header as every other state-changing request. */
  csrfToken: string;
  onProgress?: (progress: UploadProgress) => void;
  /** Aborting it stops the upload (xhr.abort) and rejects with an AbortError. */
  signal?: AbortSignal;
};

/** Where files are sent (multipart, field `file`). */
export const UPLOAD_PATH = `${API_BASE}/me/documents`;

/** The rejection of a cancelled upload, told apart from failures by its name like fetch's. */
function abortError(): DOMException {
  return new DOMException('The upload was cancelled.', 'AbortError');
}

/** Whether an upload was stopped on purpose rather than refused. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Retry-After as seconds (a number or an HTTP date), like apiFetch reads it. */
function retryAfterOf(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000));
}

function jsonOf(xhr: XMLHttpRequest): unknown {
  if (!xhr.responseText) return undefined;
  try {
    return JSON.parse(xhr.responseText) as unknown;
  } catch {
    return undefined; // A proxy's HTML error page, for instance.
  }
}

/** The created document, or the server's refusal as an ApiError. */
function answerOf(xhr: XMLHttpRequest): DocumentInfo {
  const body = jsonOf(xhr);
  if (xhr.status >= 200 && xhr.status < 300) return DocumentSchema.parse(body);
  const retryAfterSeconds = retryAfterOf(xhr.getResponseHeader('Retry-After'));
  const parsed = ErrorBodySchema.safeParse(body);
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    throw new ApiError(xhr.status, code, message, details, { retryAfterSeconds });
  }
  throw new ApiError(xhr.status, `http_${xhr.status}`, xhr.statusText || `HTTP ${xhr.status}`, undefined, { retryAfterSeconds });
}

/** Sends one file; resolves with the stored document (its skill suggestions included, for a CV). */
export function uploadDocument({ file, kind, shared }: DocumentUpload, { csrfToken, onProgress, signal }: UploadOptions): Promise<DocumentInfo> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const xhr = new XMLHttpRequest();
    const stop = () => xhr.abort();
    const settle = (finish: () => void) => {
      signal?.removeEventListener('abort', stop);
      finish();
    };
    xhr.open('POST', UPLOAD_PATH);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader(CSRF_HEADER, csrfToken);
    xhr.upload.onprogress = (event) => onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : null });
    xhr.onload = () =>
      settle(() => {
        try {
          resolve(answerOf(xhr));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    xhr.onerror = () => settle(() => reject(new ApiError(0, 'network_error', 'The server could not be reached.')));
    xhr.onabort = () => settle(() => reject(abortError()));
    signal?.addEventListener('abort', stop, { once: true });

    const body = new FormData();
    // Fields before the file: the server reads them first and can refuse a wrong kind before receiving megabytes.
    body.append('kind', kind);
    body.append('shared', shared ? 'true' : 'false');
    body.append('file', file);
    xhr.send(body);
  });
}
