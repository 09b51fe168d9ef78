/**
 * Who may keep saved searches: whoever may search talents (verified employers, programme staff), and each one
 * sees only their own. Someone who may no longer search (an employer whose organisation lost its verification)
 * is refused their list as well, and gets no alerts.
 */
import type { Actor } from './actor';
import { mayActOnTalents } from './organisation';

export const savedSearchPolicy = {
  /** Saving, listing, changing and deleting saved searches: part of searching talents. */
  mayUse: (actor: Actor | null): boolean => mayActOnTalents(actor),

  /** The saved searches an actor may see or change, as a filter ANDed into the query: their own. */
  scope: (actor: Actor | null): Record<string, unknown> => (actor ? { ownerId: actor.id } : { _id: { $in: [] } }),
};
