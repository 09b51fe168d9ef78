/**
 * The expert files their report once the mission is completed: activities, deliverables, people trained and the
 * follow-up they suggest (structured, so the programme can count them). Filing again replaces it.
 */
import type { z } from 'zod';
import type { MissionReportSchema } from '@kafaat/shared';
import { conflict } from '../../errors';
import { Application, type StoredApplication } from '../../models/Application';
import { compareAndSet } from '../../models/compareAndSet';
import type { Actor } from '../../policies/actor';
import { emit } from '../events';
import { applicationRef, findApplicationFor, managersOf, requireSide } from './authorisedApplication';

export interface MissionReportProps {
  actor: Actor;
  applicationId: string;
  report: z.output<typeof MissionReportSchema>;
}

export async function fileMissionReport({ actor, applicationId, report }: MissionReportProps): Promise<StoredApplication> {
  const { app, side } = await findApplicationFor(actor, applicationId);
  requireSide(side, 'talent', 'file the mission report');
  const notYet = () => conflict('File the report once the mission is completed.', { stage: app.stage });
  if (app.opportunityType !== 'mission' || app.stage !== 'completed') throw notYet();

  const updated = await compareAndSet<StoredApplication>(Application, app._id, { stage: 'completed' }, { $set: { 'mission.report': { ...report, submittedAt: new Date() } } });
  if (!updated) throw notYet();
  await emit('mission.reported', applicationRef(updated, actor.id, await managersOf(updated.organisationId, actor.id)));
  return updated;
}
