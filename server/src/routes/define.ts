/**
 * A route is declared once, with the zod schemas of its inputs and outputs; the same declaration mounts the
 * Express handler behind `validate` and feeds the OpenAPI document, so the two cannot drift apart.
 */
import type { Request, RequestHandler, Response, Router } from 'express';
import type { ZodType } from 'zod';
import { validate, type RequestSchemas } from '../middlewares/validate';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A request whose inputs were parsed by the route's schemas. */
export interface ValidatedRequest<B, Q, P> extends Request {
  input: { body: B; query: Q; params: P };
}

export interface RouteSpec<B = unknown, Q = unknown, P = unknown> {
  method: HttpMethod;
  /** Express-style path relative to the router it is mounted on, e.g. "/organisations/:id". */
  path: string;
  summary: string;
  tags: string[];
  request?: RequestSchemas<B, Q, P>;
  /** Documented responses by status; `schema` describes the JSON body. */
  responses: Record<number, { description: string; schema?: ZodType }>;
  /** Run before validation: rate limits, authentication (and, for uploads, the multipart parser). */
  before?: RequestHandler[];
  /**
   * Set for uploads: the body is multipart/form-data, parsed by a `before` middleware (multer), with the file in
   * this field. `request.body` then validates the other fields, and the OpenAPI document describes the form.
   */
  multipartFile?: string;
  handler: (req: ValidatedRequest<B, Q, P>, res: Response) => unknown;
}

/** Identity helper that keeps the handler's input types tied to the schemas. */
export function defineRoute<B = undefined, Q = undefined, P = undefined>(spec: RouteSpec<B, Q, P>): RouteSpec<B, Q, P> {
  return spec;
}

/** A mounted route with its full path, as the OpenAPI generator sees it. */
export interface RegisteredRoute {
  fullPath: string;
  spec: RouteSpec<any, any, any>;
}

/** Mounts specs on a router and records them (with `prefix`) for the OpenAPI document. */
export function mountRoutes(router: Router, prefix: string, specs: Array<RouteSpec<any, any, any>>, registry: RegisteredRoute[]): void {
  for (const spec of specs) {
    const handler: RequestHandler = (req, res) => spec.handler(req as ValidatedRequest<unknown, unknown, unknown>, res);
    const bodyType = spec.multipartFile ? 'multipart/form-data' : 'application/json';
    router[spec.method](spec.path, ...(spec.before ?? []), validate(spec.request ?? {}, bodyType), handler);
    registry.push({ fullPath: `${prefix}${spec.path}`, spec });
  }
}
