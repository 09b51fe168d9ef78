/**
 * Loads an opportunity for an action, or refuses: 404 when it does not exist or the actor may not even read it
 * (another organisation's draft), 403 when they may read it but not do the action. Routes and services both go
 * through it, so every check uses the policy.
 */
import { Types } from 'mongoose';
import { forbidden, notFound } from '../../errors';
import { Opportunity, type StoredOpportunity } from '../../models/Opportunity';
import { Organisation } from '../../models/Organisation';
import type { Actor } from '../../policies/actor';
import { opportunityPolicy, type OpportunityAction } from '../../policies/opportunity';
import { presentOpportunity, type OpportunityOwner } from '../../presenters/opportunity';

export async function findOpportunityFor(actor: Actor | null, id: string, action: OpportunityAction): Promise<StoredOpportunity> {
  const opp = Types.ObjectId.isValid(id) ? await Opportunity.findById(id).lean<StoredOpportunity>() : null;
  if (!opp || !opportunityPolicy.can(actor, 'read', opp)) throw notFound('Opportunity');
  if (action !== 'read' && !opportunityPolicy.can(actor, action, opp)) throw forbidden(REFUSALS[action]);
  return opp;
}

/** Why an action is refused, in words the person can act on. */
export const REFUSALS: Record<Exclude<OpportunityAction, 'read'>, string> = {
  manage: 'Only the employers or officers of the organisation that published this opportunity can do this.',
  publish: 'Your organisation must be verified before it can publish opportunities. You can keep preparing drafts meanwhile.',
  apply: 'Only talents can apply to opportunities.',
};

/** The owning organisations of several opportunities, in one query. */
export async function ownersOf(opps: Array<Pick<StoredOpportunity, 'organisationId'>>): Promise<Map<string, OpportunityOwner>> {
  const ids = [...new Set(opps.map((o) => String(o.organisationId)))];
  const orgs = await Organisation.find({ _id: { $in: ids } }, { name: 1, kind: 1 }).lean();
  return new Map(orgs.map((org) => [String(org._id), { id: String(org._id), name: org.name, kind: org.kind }]));
}

/** Opportunities as the actor sees them (with their organisation and whether the actor manages them). */
export async function presentOpportunitiesFor(actor: Actor, opps: StoredOpportunity[]) {
  const owners = await ownersOf(opps);
  return opps.map((opp) => presentOpportunity(opp, owners.get(String(opp.organisationId)) ?? null, opportunityPolicy.can(actor, 'manage', opp)));
}
