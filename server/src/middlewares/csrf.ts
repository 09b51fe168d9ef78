/**
 * CSRF protection (synchronizer token): every state-changing request must echo, in the X-CSRF-Token header,
 * the token kept in the caller's session (handed out by GET /api/v1/auth/session and by sign-in/out).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { AppError } from '../errors';

declare module 'express-session' {
  interface SessionData {
    csrfToken?: string;
    client?: { userAgent?: string; ip?: string };
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The session's CSRF token, created on first use. */
export function csrfTokenOf(req: Request): string {
  req.session.csrfToken ??= randomBytes(24).toString('base64url');
  return req.session.csrfToken;
}

export const csrfProtection: RequestHandler = (req, _res, next) => {
  if (SAFE.has(req.method)) return next();
  const sent = req.get('x-csrf-token') ?? '';
  const expected = req.session?.csrfToken ?? '';
  const ok = sent.length > 0 && sent.length === expected.length && timingSafeEqual(Buffer.from(sent), Buffer.from(expected));
  if (!ok) throw new AppError(403, 'csrf_invalid', 'Your session has expired or the request did not come from Kafaat. Reload the page and try again.');
  next();
};
