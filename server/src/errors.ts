/**
 * The API's one error type. Every failure a client sees is an AppError with a status, a stable code and a
 * message that is safe to show; the error handler turns everything else into one of these.
 */
import type { FieldIssue } from '@kafaat/shared';

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    /** False for internal errors, whose message is logged but never sent. */
    readonly expose = status < 500,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }
}

export const validationFailed = (details: FieldIssue[], message = 'Some fields are invalid.') =>
  new AppError(400, 'validation_failed', message, details);
export const malformedJson = () => new AppError(400, 'malformed_json', 'The request body is not valid JSON.');
export const unauthenticated = (message = 'Please sign in.') => new AppError(401, 'unauthenticated', message);
export const forbidden = (message = 'You are not allowed to do this.') => new AppError(403, 'forbidden', message);
export const notFound = (what = 'Resource') => new AppError(404, 'not_found', `${what} not found.`);
export const conflict = (message: string, details?: unknown) => new AppError(409, 'conflict', message, details);
/** A lifecycle move that is not allowed from the current state; `details` names the moves that are. */
export const invalidTransition = (message: string, details: { from: string; allowed: readonly string[] }) =>
  new AppError(409, 'invalid_transition', message, details);
/** The person already keeps as many of something as allowed (e.g. saved searches); `details.max` says how many. */
export const limitReached = (message: string, details: { max: number }) => new AppError(409, 'limit_reached', message, details);
export const payloadTooLarge = (limitBytes: number) =>
  new AppError(413, 'payload_too_large', `The request body is larger than the limit of ${limitBytes} bytes.`, { limitBytes });
export const unsupportedMediaType = (message = 'Send the body as application/json.') =>
  new AppError(415, 'unsupported_media_type', message);
export const fileTooLarge = (limitBytes: number) =>
  new AppError(413, 'file_too_large', `The file is larger than the limit of ${formatMegabytes(limitBytes)} MB.`, { limitBytes });
export const unsupportedFileType = (accepted: string) =>
  new AppError(415, 'unsupported_file_type', `This type of file is not accepted. Accepted types: ${accepted}.`, { accepted });
/** `usedBytes` and `count`: what the person keeps already; `fileBytes`: the file that does not fit. */
export const quotaExceeded = (details: { usedBytes: number; fileBytes: number; maxBytes: number; count: number; maxCount: number }) =>
  new AppError(409, 'quota_exceeded', `This file does not fit in your space (${formatMegabytes(details.maxBytes)} MB, ${details.maxCount} documents). Delete a document first.`, details);
export const tooManyRequests = (retryAfterSeconds: number) =>
  new AppError(429, 'too_many_requests', `Too many attempts. Try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds });
export const serviceUnavailable = (message: string) => new AppError(503, 'service_unavailable', message);
export const internal = (cause?: unknown) =>
  new AppError(500, 'internal_error', 'Something went wrong on our side. Please try again.', undefined, false, { cause });

/** Bytes as megabytes (MiB) for messages: "10", "0.5". */
function formatMegabytes(bytes: number): string {
  return String(Math.round((bytes / (1024 * 1024)) * 100) / 100);
}
