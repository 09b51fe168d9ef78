/**
 * The host side ticks the logistics of a confirmed mission as they get done (travel booked, visa letter sent,
 * accommodation, allowance paid), until and after the mission ends. Only the items given change, so two officers
 * ticking different items at once both count.
 */
import type { z } from 'zod';
import type { ApplicationStage, ChecklistUpdateSchema } from '@kafaat/shared';
import { conflict } from '../../errors';
import { Application, type StoredApplication } from '../../models/Application';
import { compareAndSet } from '../../models/compareAndSet';
import type { Actor } from '../../policies/actor';
import { emit } from '../events';
import { applicationRef, findApplicationFor, requireSide } from './authorisedApplication';

export interface ChecklistUpdateProps {
  actor: Actor;
  applicationId: string;
  changes: z.output<typeof ChecklistUpdateSchema>;
}

const CHECKLIST_STAGES: ApplicationStage[] = ['confirmed', 'completed'];

export async function updateChecklist({ actor, applicationId, changes }: ChecklistUpdateProps): Promise<{ app: StoredApplication; items: string[] }> {
  const { app, side } = await findApplicationFor(actor, applicationId);
  requireSide(side, 'owner', 'update the logistics checklist');
  const notConfirmed = () => conflict('Confirm the mission with its dates before ticking its checklist.', { stage: app.stage });
  if (!CHECKLIST_STAGES.includes(app.stage) || !app.mission?.confirmation) throw notConfirmed();

  const items = Object.keys(changes).filter((key) => changes[key as keyof typeof changes] !== undefined);
  const set = Object.fromEntries(items.map((item) => [`mission.confirmation.checklist.${item}`, changes[item as keyof typeof changes]]));
  const updated = await compareAndSet<StoredApplication>(Application, app._id, { stage: { $in: CHECKLIST_STAGES }, 'mission.confirmation': { $ne: null } }, { $set: set });
  if (!updated) throw notConfirmed();
  await emit('mission.checklistUpdated', { ...applicationRef(updated, actor.id, [String(updated.talentId)]), items });
  return { app: updated, items };
}
