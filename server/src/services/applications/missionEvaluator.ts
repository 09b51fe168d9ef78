/**
 * The host side evaluates a completed mission: four ratings, comments and whether it would host the expert
 * again. The expert sees the evaluation (people always see what others record about them). Filing again
 * replaces it; who filed it is kept for the record.
 */
import type { z } from 'zod';
import type { MissionEvaluationSchema } from '@kafaat/shared';
import { conflict } from '../../errors';
import { Application, type StoredApplication } from '../../models/Application';
import { compareAndSet } from '../../models/compareAndSet';
import type { Actor } from '../../policies/actor';
import { emit } from '../events';
import { applicationRef, findApplicationFor, requireSide } from './authorisedApplication';

export interface MissionEvaluationProps {
  actor: Actor;
  applicationId: string;
  evaluation: z.output<typeof MissionEvaluationSchema>;
}

export async function fileMissionEvaluation({ actor, applicationId, evaluation }: MissionEvaluationProps): Promise<StoredApplication> {
  const { app, side } = await findApplicationFor(actor, applicationId);
  requireSide(side, 'owner', "file the host's evaluation");
  const notYet = () => conflict('Evaluate the mission once it is completed.', { stage: app.stage });
  if (app.opportunityType !== 'mission' || app.stage !== 'completed') throw notYet();

  const updated = await compareAndSet<StoredApplication>(Application, app._id, { stage: 'completed' }, {
    $set: { 'mission.evaluation': { ...evaluation, submittedAt: new Date(), submittedBy: actor.id } },
  });
  if (!updated) throw notYet();
  await emit('mission.evaluated', applicationRef(updated, actor.id, [String(updated.talentId)]));
  return updated;
}
