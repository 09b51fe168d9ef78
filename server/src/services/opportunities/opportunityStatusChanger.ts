/**
 * Its organisation's managers move an opportunity through its lifecycle (shared OPPORTUNITY_TRANSITIONS):
 * publish, close, mark filled, and for missions start and complete. Publishing needs a verified organisation
 * and a deadline still ahead. The write is conditional on the status read, so of two concurrent moves only one
 * happens; a refused move answers 409 `invalid_transition` with the statuses allowed from the current one.
 */
import { OPPORTUNITY_STATUSES, opportunityMayMove, type ApplicationStage, type OpportunityStatus, type OpportunityType } from '@kafaat/shared';
import { conflict, forbidden, invalidTransition } from '../../errors';
import { Application } from '../../models/Application';
import { Opportunity, type StoredOpportunity } from '../../models/Opportunity';
import { compareAndSet } from '../../models/compareAndSet';
import { withSearchMark } from '../../models/searchSync';
import type { Actor } from '../../policies/actor';
import { moroccanToday, opportunityPolicy } from '../../policies/opportunity';
import { emit } from '../events';
import { REFUSALS, findOpportunityFor } from './authorisedOpportunity';

export interface OpportunityStatusChangeProps {
  actor: Actor;
  opportunityId: string;
  status: OpportunityStatus;
}

/** Application stages after which a talent no longer follows the opportunity. */
const FINISHED_STAGES: ApplicationStage[] = ['declined', 'withdrawn', 'completed'];

/** Statuses an opportunity of this type may move to from `from`. */
export const nextStatuses = (type: OpportunityType, from: OpportunityStatus) => OPPORTUNITY_STATUSES.filter((to) => opportunityMayMove(type, from, to));

export async function changeOpportunityStatus({ actor, opportunityId, status: to }: OpportunityStatusChangeProps): Promise<{ opp: StoredOpportunity; from: OpportunityStatus }> {
  const opp = await findOpportunityFor(actor, opportunityId, 'manage');
  const from = opp.status;
  refuseUnlessAllowed(opp.type, from, to);
  if (to === 'published' && !opportunityPolicy.can(actor, 'publish', opp)) throw forbidden(REFUSALS.publish);
  if (to === 'published' && opp.deadline && opp.deadline < moroccanToday()) {
    throw conflict('The deadline to apply has passed: set a later deadline before publishing.', [{ path: 'deadline', code: 'deadline_passed', message: 'set a later deadline' }]);
  }

  const set: Record<string, unknown> = { status: to };
  if (to === 'published' && !opp.publishedAt) set.publishedAt = new Date();
  const updated = await compareAndSet<StoredOpportunity>(Opportunity, opp._id, { status: from }, withSearchMark({ $set: set }));
  if (!updated) {
    // Someone moved it first: explain from where it stands now.
    const current = (await Opportunity.findById(opp._id, { status: 1 }).lean())?.status ?? from;
    throw invalidTransition(`This opportunity was just changed by someone else; it is now ${current}.`, { from: current, allowed: nextStatuses(opp.type, current) });
  }

  const followers = await Application.find({ opportunityId: opp._id, stage: { $nin: FINISHED_STAGES } }, { talentId: 1 }).lean();
  await emit('opportunity.statusChanged', {
    opportunityId: String(opp._id),
    organisationId: String(opp.organisationId),
    opportunityType: opp.type,
    actorId: actor.id,
    from,
    to,
    recipientIds: followers.map((a) => String(a.talentId)),
  });
  return { opp: updated, from };
}

function refuseUnlessAllowed(type: OpportunityType, from: OpportunityStatus, to: OpportunityStatus): void {
  if (opportunityMayMove(type, from, to)) return;
  const allowed = nextStatuses(type, from);
  const onlyMissions = to === 'in-progress' || to === 'completed' ? ' Only missions go in progress and complete.' : '';
  throw invalidTransition(`An opportunity that is ${from} cannot become ${to}.${onlyMissions}`, { from, allowed });
}
