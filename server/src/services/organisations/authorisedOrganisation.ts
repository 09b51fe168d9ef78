/**
 * Loads an organisation for an action, or refuses: 404 when it does not exist, 403 when the actor may not do
 * the action. Read routes and write services both go through it, so every check uses the policy.
 */
import { Types } from 'mongoose';
import { forbidden, notFound } from '../../errors';
import { Organisation, type OrganisationDoc } from '../../models/Organisation';
import { User } from '../../models/User';
import type { Actor } from '../../policies/actor';
import { organisationPolicy, type OrganisationAction } from '../../policies/organisation';

export async function findOrganisationFor(actor: Actor | null, id: string, action: OrganisationAction): Promise<OrganisationDoc> {
  const org = Types.ObjectId.isValid(id) ? await Organisation.findById(id) : null;
  if (!org) throw notFound('Organisation');
  if (!organisationPolicy.can(actor, action, org)) throw forbidden();
  return org;
}

/** How many accounts belong to the organisation. */
export function countMembers(organisationId: Types.ObjectId): Promise<number> {
  return User.countDocuments({ organisationId });
}

/** Member counts of several organisations in one query ($match + $group work on FerretDB). */
export async function countMembersOf(organisationIds: Types.ObjectId[]): Promise<Map<string, number>> {
  const rows = await User.aggregate<{ _id: Types.ObjectId; n: number }>([
    { $match: { organisationId: { $in: organisationIds } } },
    { $group: { _id: '$organisationId', n: { $sum: 1 } } },
  ]);
  return new Map(rows.map((row) => [String(row._id), row.n]));
}
