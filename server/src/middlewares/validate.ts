/**
 * Parses the body, query and path parameters of a request with the route's zod schemas. Handlers only ever
 * read `req.input`, so unvalidated input cannot reach a query (e.g. `{"$gt": ""}` where a string is expected).
 */
import type { RequestHandler } from 'express';
import type { ZodError, ZodType } from 'zod';
import type { FieldIssue } from '@kafaat/shared';
import { unsupportedMediaType, validationFailed } from '../errors';

export interface RequestSchemas<B, Q, P> {
  body?: ZodType<B>;
  query?: ZodType<Q>;
  params?: ZodType<P>;
}

type Location = 'body' | 'query' | 'params';

/** Turns zod's issues into the API's field-level details. */
export function toFieldIssues(error: ZodError, location?: Location): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    ...(location ? { location } : {}),
    code: issue.code,
    message: issue.message,
  }));
}

/** `bodyType` is the media type the body must have: JSON, or a form already parsed by multer (uploads). */
export function validate<B, Q, P>(schemas: RequestSchemas<B, Q, P>, bodyType: 'application/json' | 'multipart/form-data' = 'application/json'): RequestHandler {
  return (req, _res, next) => {
    const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    if (schemas.body && hasBody && !req.is(bodyType)) throw unsupportedMediaType(`Send the body as ${bodyType}.`);
    const issues: FieldIssue[] = [];
    const parsed: Record<Location, unknown> = { body: undefined, query: {}, params: {} };
    for (const location of ['params', 'query', 'body'] as const) {
      const schema = schemas[location];
      if (!schema) continue;
      const result = schema.safeParse(req[location] ?? (location === 'body' ? {} : undefined));
      if (result.success) parsed[location] = result.data;
      else issues.push(...toFieldIssues(result.error, location));
    }
    if (issues.length > 0) throw validationFailed(issues);
    (req as unknown as { input: typeof parsed }).input = parsed;
    next();
  };
}
