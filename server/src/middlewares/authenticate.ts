/** Guards for routes that need a signed-in user. What the user may do is the policies' business. */
import type { RequestHandler } from 'express';
import { unauthenticated } from '../errors';

export const requireUser: RequestHandler = (req, _res, next) => {
  if (!req.user) throw unauthenticated();
  next();
};
