/**
 * The host side confirms a mission with its selected expert: the dates and the logistics checklist. The first
 * confirmation moves the application selected → confirmed; confirming again (new dates) keeps it confirmed and
 * raises the calendar SEQUENCE, so the expert's calendar replaces the event. Conditional on the stage (and on
 * the confirmation read), so two officers confirming at once cannot both win.
 */
import type { z } from 'zod';
import { allowedMoves, type ApplicationStage, type MissionConfirmationSchema } from '@kafaat/shared';
import { conflict, invalidTransition } from '../../errors';
import { Application, type StoredApplication } from '../../models/Application';
import { compareAndSet } from '../../models/compareAndSet';
import type { Actor } from '../../policies/actor';
import { emit } from '../events';
import { applicationRef, findApplicationFor, requireSide } from './authorisedApplication';

export interface MissionConfirmationProps {
  actor: Actor;
  applicationId: string;
  confirmation: z.output<typeof MissionConfirmationSchema>;
}

export async function confirmMission({ actor, applicationId, confirmation }: MissionConfirmationProps): Promise<{ app: StoredApplication; rescheduled: boolean }> {
  const { app, side } = await findApplicationFor(actor, applicationId);
  requireSide(side, 'owner', 'confirm a mission');
  const from = app.stage as ApplicationStage;
  const rescheduled = from === 'confirmed';
  if (app.opportunityType !== 'mission' || (from !== 'selected' && !rescheduled)) {
    const what = app.opportunityType === 'mission' ? `once its expert is selected (this application is ${from})` : 'only for missions';
    throw invalidTransition(`A mission is confirmed ${what}.`, { from, allowed: allowedMoves(app.opportunityType, from, side) });
  }

  const previous = app.mission?.confirmation;
  const now = new Date();
  const stored = { ...confirmation, sequence: rescheduled ? (previous?.sequence ?? 0) + 1 : 0, confirmedAt: now };
  const expected = rescheduled ? { stage: 'confirmed', 'mission.confirmation.sequence': previous?.sequence ?? 0 } : { stage: 'selected' };
  const update = rescheduled
    ? { $set: { 'mission.confirmation': stored } }
    : { $set: { stage: 'confirmed', 'mission.confirmation': stored }, $push: { history: { stage: 'confirmed', by: side, byUserId: actor.id, at: now, note: '' } } };
  const updated = await compareAndSet<StoredApplication>(Application, app._id, expected, update);
  if (!updated) throw conflict('This application was just changed by someone else. Reload it and confirm again.');

  await emit('mission.confirmed', {
    ...applicationRef(updated, actor.id, [String(updated.talentId)]),
    startDate: confirmation.startDate,
    endDate: confirmation.endDate,
    rescheduled,
  });
  return { app: updated, rescheduled };
}
