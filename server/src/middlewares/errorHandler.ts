/**
 * The one place errors become responses: every error has the shape `{ error: { code, message, details } }`,
 * bad input is a 4xx with field-level details, and internal messages of 500s are logged, never sent.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import mongoose from 'mongoose';
import { ZodError } from 'zod';
import type { ErrorBody } from '@kafaat/shared';
import { AppError, conflict, internal, malformedJson, notFound, payloadTooLarge, unsupportedMediaType, validationFailed } from '../errors';
import { toFieldIssues } from './validate';

interface BodyParserError extends Error {
  type?: string;
  limit?: number;
  status?: number;
}

/** Translates errors thrown by libraries (body-parser, zod, mongoose, the MongoDB driver) into AppErrors. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof ZodError) return validationFailed(toFieldIssues(err));
  const e = err as BodyParserError & { code?: number; keyValue?: Record<string, unknown>; keyPattern?: Record<string, unknown> };
  if (e?.type === 'entity.parse.failed') return malformedJson();
  if (e?.type === 'entity.too.large') return payloadTooLarge(e.limit ?? 0);
  if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported') return unsupportedMediaType('Unsupported body encoding.');
  if (err instanceof mongoose.Error.CastError) return notFound();
  if (err instanceof mongoose.Error.ValidationError) {
    return validationFailed(
      Object.values(err.errors).map((fieldErr) => ({ path: fieldErr.path, code: 'invalid', message: fieldErr.message })),
    );
  }
  if (e?.code === 11000) {
    const field = Object.keys(e.keyPattern ?? e.keyValue ?? {})[0] ?? 'value';
    return conflict(`This ${field} is already used.`, [{ path: field, code: 'duplicate', message: `This ${field} is already used.` }]);
  }
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
    return new AppError(e.status, 'bad_request', 'The request could not be understood.');
  }
  return internal(err);
}

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const appError = toAppError(err);
  if (appError.status >= 500) req.log?.error({ err: appError.cause ?? err }, 'request failed');
  if (appError.status === 429) {
    const retry = (appError.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    if (retry) res.setHeader('Retry-After', String(retry));
  }
  const body: ErrorBody = {
    error: {
      code: appError.code,
      message: appError.expose ? appError.message : 'Something went wrong on our side. Please try again.',
      ...(appError.expose && appError.details !== undefined ? { details: appError.details } : {}),
      requestId: String(req.id ?? ''),
    },
  };
  if (res.headersSent) return res.end();
  res.status(appError.status).json(body);
};

/** Unknown routes under the API answer 404 in the error shape, not with HTML. */
export const notFoundHandler: RequestHandler = (req) => {
  throw new AppError(404, 'route_not_found', `No route ${req.method} ${req.originalUrl.split('?')[0]}.`);
};
