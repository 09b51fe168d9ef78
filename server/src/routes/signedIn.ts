/** The signed-in user as the policies see them, for handlers mounted behind `requireUser`. */
import type { Request } from 'express';
import { unauthenticated } from '../errors';
import { actorOf, type Actor } from '../policies/actor';

export async function signedInActor(req: Request): Promise<Actor> {
  const actor = await actorOf(req.user);
  if (!actor) throw unauthenticated();
  return actor;
}
