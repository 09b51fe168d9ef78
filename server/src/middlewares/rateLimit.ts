/** Refuses a request with 429 and Retry-After once its key (the client IP here) has used up its attempts. */
import type { Request, RequestHandler } from 'express';
import { enforce, type Limit } from '../auth/rateLimiter';

export function rateLimit(name: string, limit: Limit, keyOf: (req: Request) => string = (req) => req.ip ?? 'unknown'): RequestHandler {
  return async (req, _res, next) => {
    await enforce(`${name}:${keyOf(req)}`, limit);
    next();
  };
}
