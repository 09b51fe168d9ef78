/** Starting and ending a browser session, shared by sign-in, invitation acceptance, sign-out and deletion. */
import type { Request } from 'express';
import type { UserDoc } from '../models/User';

/** Name of the session cookie. */
export const SESSION_COOKIE = 'kafaat.sid';

/** Starts a fresh session for the user (a new session id: no fixation) with a new CSRF token. */
export function logIn(req: Request, user: UserDoc): Promise<void> {
  return new Promise((resolve, reject) =>
    req.logIn(user, (err) => {
      if (err) return reject(err);
      req.session.client = { userAgent: req.get('user-agent')?.slice(0, 200), ip: req.ip };
      delete req.session.csrfToken;
      resolve();
    }),
  );
}

/** Ends the user's session in this browser (passport regenerates the session). */
export function logOut(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.logout((err) => (err ? reject(err) : resolve())));
}
