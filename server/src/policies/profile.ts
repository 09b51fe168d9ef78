/**
 * Who may see or change a talent's profile. The talent alone edits it and alone sees its sensitive fields.
 * Verified employers see profiles visible to verified organisations; programme staff (officers of verified
 * institutions, admins) also see those visible to officers only; a hidden profile is seen by its talent only.
 */
import type { ProfileVisibility } from '@kafaat/shared';
import { isProgrammeStaff, type Actor } from './actor';
import { mayActOnTalents } from './organisation';

export type ProfileAction = 'view' | 'update' | 'viewSensitive';

/** What the rules need to know about the profile acted on. */
export interface ProfileTarget {
  _id: unknown;
  visibility: ProfileVisibility;
}

const isOwner = (actor: Actor, profile: ProfileTarget) => actor.id === String(profile._id);

/** Visibilities an actor other than the owner may see. */
function visibleTo(actor: Actor): ProfileVisibility[] {
  if (isProgrammeStaff(actor)) return ['verified-organisations', 'officers'];
  if (mayActOnTalents(actor)) return ['verified-organisations'];
  return [];
}

const RULES: Record<ProfileAction, (actor: Actor, profile: ProfileTarget) => boolean> = {
  view: (actor, profile) => isOwner(actor, profile) || visibleTo(actor).includes(profile.visibility),
  update: (actor, profile) => actor.role === 'talent' && isOwner(actor, profile),
  viewSensitive: (actor, profile) => isOwner(actor, profile),
};

export const profilePolicy = {
  can(actor: Actor | null, action: ProfileAction, profile: ProfileTarget): boolean {
    return !!actor && RULES[action](actor, profile);
  },

  /** Profiles an actor may find in lists and search, as a filter ANDed into the query (the owner's own aside). */
  scope(actor: Actor | null): Record<string, unknown> {
    const visibilities = actor ? visibleTo(actor) : [];
    return { visibility: { $in: visibilities } };
  },

  /** The visibilities an actor may search (used by the search module to filter the index the same way). */
  visibleTo: (actor: Actor | null): ProfileVisibility[] => (actor ? visibleTo(actor) : []),
};
