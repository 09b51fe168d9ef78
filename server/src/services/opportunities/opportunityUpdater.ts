/**
 * Its organisation's managers edit an opportunity. Fields not given are kept; the result is checked as a whole
 * (dates in order, mission or project details matching the stored type). The write is conditional on the
 * version read, so two edits made at once cannot combine into an inconsistent opportunity: the second is
 * refused and its author reloads. A completed mission is a record and is no longer edited.
 */
import { OpportunityConsistencySchema, type UpdateOpportunity } from '@kafaat/shared';
import { conflict, validationFailed } from '../../errors';
import { toFieldIssues } from '../../middlewares/validate';
import { Opportunity, type StoredOpportunity } from '../../models/Opportunity';
import { compareAndSet } from '../../models/compareAndSet';
import { withSearchMark } from '../../models/searchSync';
import type { Actor } from '../../policies/actor';
import { emit } from '../events';
import { findOpportunityFor } from './authorisedOpportunity';
import { checkRequiredSkills } from './requiredSkills';

export interface OpportunityUpdateProps {
  actor: Actor;
  opportunityId: string;
  changes: UpdateOpportunity;
}

export async function updateOpportunity({ actor, opportunityId, changes }: OpportunityUpdateProps): Promise<{ opp: StoredOpportunity; fields: string[] }> {
  const opp = await findOpportunityFor(actor, opportunityId, 'manage');
  if (opp.status === 'completed') throw conflict('This mission is completed: its record can no longer be edited.');
  const fields = Object.keys(changes).filter((key) => changes[key as keyof UpdateOpportunity] !== undefined);
  const merged = { type: opp.type, startDate: opp.startDate ?? null, endDate: opp.endDate ?? null, mission: opp.mission, project: opp.project, ...changes };
  const check = OpportunityConsistencySchema.safeParse(merged);
  if (!check.success) throw validationFailed(toFieldIssues(check.error, 'body'));
  await checkRequiredSkills(changes);

  const set: Record<string, unknown> = {};
  for (const field of fields) set[field] = changes[field as keyof UpdateOpportunity];
  const updated = await compareAndSet<StoredOpportunity>(Opportunity, opp._id, { updatedAt: opp.updatedAt, status: { $ne: 'completed' } }, withSearchMark({ $set: set }));
  if (!updated) throw conflict('This opportunity was changed by someone else meanwhile. Reload it and save again.');
  await emit('opportunity.updated', { opportunityId: String(opp._id), organisationId: String(opp.organisationId), opportunityType: opp.type, actorId: actor.id, fields });
  return { opp: updated, fields };
}
