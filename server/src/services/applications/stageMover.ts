/**
 * The talent or a manager moves an application to its next stage (shared PIPELINE_MOVES): each side only its
 * own moves. A move of the other side is refused with 403, a move that does not exist from the current stage
 * with 409 `invalid_transition` naming the stages the actor may choose. The write is conditional on the stage
 * read, so of two concurrent moves only one happens; the other is told where the application stands now.
 * Confirming a mission needs its dates: that move goes through missionConfirmer.
 */
import { allowedMoves, type ApplicationStage, type PipelineSide } from '@kafaat/shared';
import { AppError, conflict, invalidTransition, validationFailed } from '../../errors';
import { Application, type StoredApplication } from '../../models/Application';
import { compareAndSet } from '../../models/compareAndSet';
import { Opportunity } from '../../models/Opportunity';
import type { Actor } from '../../policies/actor';
import { isOpenForApplications } from '../../policies/opportunity';
import { emit } from '../events';
import { applicationRef, findApplicationFor, otherSide } from './authorisedApplication';

export interface StageMoveProps {
  actor: Actor;
  applicationId: string;
  stage: ApplicationStage;
  note: string;
}

export async function moveStage({ actor, applicationId, stage: to, note }: StageMoveProps): Promise<{ app: StoredApplication; from: ApplicationStage; side: PipelineSide }> {
  const { app, side } = await findApplicationFor(actor, applicationId);
  const from = app.stage;
  refuseUnlessAllowed(app, side, to);
  if (to === 'confirmed') {
    throw validationFailed([{ path: 'stage', location: 'body', code: 'needs_confirmation', message: 'confirm the mission with its dates and checklist instead' }]);
  }
  if (from === 'invited' && to === 'applied') await requireOpen(app);

  const updated = await compareAndSet<StoredApplication>(Application, app._id, { stage: from }, {
    $set: { stage: to },
    $push: { history: { stage: to, by: side, byUserId: actor.id, at: new Date(), note } },
  });
  if (!updated) {
    const current = (await Application.findById(app._id, { stage: 1 }).lean())?.stage ?? from;
    throw invalidTransition(`This application was just moved by someone else; it is now ${current}.`, { from: current, allowed: allowedMoves(app.opportunityType, current, side) });
  }
  await emit('application.stageChanged', { ...applicationRef(updated, actor.id, await otherSide(updated, side, actor.id)), from, to, by: side });
  return { app: updated, from, side };
}

function refuseUnlessAllowed(app: StoredApplication, side: PipelineSide, to: ApplicationStage): void {
  const mine = allowedMoves(app.opportunityType, app.stage, side);
  if (mine.includes(to)) return;
  const details = { from: app.stage, allowed: mine };
  if (allowedMoves(app.opportunityType, app.stage, side === 'talent' ? 'owner' : 'talent').includes(to)) {
    const who = side === 'talent' ? 'the organisation' : 'the talent';
    throw new AppError(403, 'forbidden', `Only ${who} can move this application to ${to}.`, details);
  }
  throw invalidTransition(`An application that is ${app.stage} cannot move to ${to}.`, details);
}

/** Accepting an invitation is applying: the opportunity must still take applications. */
async function requireOpen(app: StoredApplication): Promise<void> {
  const opp = await Opportunity.findById(app.opportunityId, { status: 1, deadline: 1, organisationId: 1, type: 1 }).lean();
  if (!opp || !isOpenForApplications(opp)) throw conflict('This opportunity no longer takes applications.', { reason: 'not_open' });
}
