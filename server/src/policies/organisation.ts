/**
 * Who may do what with an organisation. Members read their own; its admins update it and invite; programme
 * staff read and list every organisation; officers of verified institutions decide on employers, admins on
 * institutions; nobody decides on their own organisation. Pending organisations can still edit themselves.
 */
import type { Types } from 'mongoose';
import { isProgrammeStaff, type Actor } from './actor';

export type OrganisationAction = 'read' | 'update' | 'listMembers' | 'invite' | 'verify' | 'list';

/** What the rules need to know about the organisation acted on. */
export interface OrganisationTarget {
  _id: Types.ObjectId | string;
  kind: 'employer' | 'institution';
}

const isMember = (actor: Actor, org: OrganisationTarget) => actor.organisationId === String(org._id);
const isOrgAdmin = (actor: Actor, org: OrganisationTarget) => isMember(actor, org) && actor.orgAdmin;

const RULES: Record<OrganisationAction, (actor: Actor, org: OrganisationTarget | undefined) => boolean> = {
  read: (actor, org) => !!org && (isMember(actor, org) || isProgrammeStaff(actor)),
  listMembers: (actor, org) => !!org && actor.role !== 'talent' && (isMember(actor, org) || isProgrammeStaff(actor)),
  update: (actor, org) => !!org && isOrgAdmin(actor, org),
  invite: (actor, org) => !!org && isOrgAdmin(actor, org),
  verify: (actor, org) =>
    !!org && !isMember(actor, org) && (org.kind === 'employer' ? isProgrammeStaff(actor) : actor.role === 'admin'),
  list: (actor) => isProgrammeStaff(actor),
};

export const organisationPolicy = {
  can(actor: Actor | null, action: OrganisationAction, org?: OrganisationTarget): boolean {
    return !!actor && RULES[action](actor, org);
  },

  /** The organisations an actor may see in a list, as a filter ANDed into the query. */
  scope(actor: Actor | null): Record<string, unknown> {
    if (isProgrammeStaff(actor)) return {};
    if (actor?.organisationId) return { _id: actor.organisationId };
    return { _id: { $in: [] } };
  },
};

/** Searching and contacting talents: employers of a verified employer organisation, and programme staff. */
export function mayActOnTalents(actor: Actor | null): boolean {
  if (!actor) return false;
  return (actor.role === 'employer' && actor.orgKind === 'employer' && actor.orgStatus === 'verified') || isProgrammeStaff(actor);
}
