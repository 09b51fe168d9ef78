/** Refuses a request with 429 and Retry-After once its key (the client IP here) has used up its attempts. */
import type { Request, RequestHandler } from 'express';
import { hit, type Limit } from '../auth/rateLimiter';
import { tooManyRequests } from '../errors';

export function rateLimit(name: string, limit: Limit, keyOf: (req: Request) => string = (req) => req.ip ?? 'unknown'): RequestHandler {
  return async (req, _res, next) => {
    const state = await hit(`${name}:${keyOf(req)}`, limit);
    if (!state.allowed) throw tooManyRequests(state.retryAfterSeconds);
    next();
  };
}
