/**
 * A member of an organisation writes a new opportunity. It starts as a draft, even while the organisation is
 * pending verification (publishing waits for verification: see opportunityStatusChanger). It belongs to the
 * organisation; the writer is recorded as `createdBy`.
 */
import type { CreateOpportunity } from '@kafaat/shared';
import { forbidden } from '../../errors';
import { Opportunity, type StoredOpportunity } from '../../models/Opportunity';
import { newSearchSync } from '../../models/searchSync';
import type { Actor } from '../../policies/actor';
import { creatableTypes, opportunityPolicy } from '../../policies/opportunity';
import { emit } from '../events';
import { checkRequiredSkills } from './requiredSkills';

export interface OpportunityCreationProps {
  actor: Actor;
  input: CreateOpportunity;
}

export async function createOpportunity({ actor, input }: OpportunityCreationProps): Promise<StoredOpportunity> {
  if (!opportunityPolicy.canCreate(actor, input.type)) throw forbidden(refusal(actor));
  await checkRequiredSkills(input);
  const doc = await Opportunity.create({
    ...input,
    mission: input.mission ?? null,
    project: input.project ?? null,
    status: 'draft',
    organisationId: actor.organisationId!,
    createdBy: actor.id,
    searchSync: newSearchSync(),
  });
  const opp = doc.toObject() as StoredOpportunity;
  await emit('opportunity.created', { opportunityId: String(opp._id), organisationId: String(opp.organisationId), opportunityType: opp.type, actorId: actor.id });
  return opp;
}

function refusal(actor: Actor): string {
  const types = creatableTypes(actor);
  if (types.length > 0) return `Your organisation can create these kinds of opportunity: ${types.join(', ')}.`;
  if (actor.orgStatus === 'rejected') return "Your organisation's verification was refused: correct its details first.";
  return 'Only employers of an employer organisation and officers of an institution can create opportunities.';
}
