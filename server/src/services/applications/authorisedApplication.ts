/**
 * Loads an application with the side the actor is on, or answers 404: nobody but its talent and the managers of
 * the opportunity's organisation learns that an application exists. Also the helpers every pipeline write
 * shares: who to tell, and the ids an event carries.
 */
import type { ApplicationRef, PipelineSide } from '@kafaat/shared';
import { Types } from 'mongoose';
import { AppError, notFound } from '../../errors';
import { Application, type StoredApplication } from '../../models/Application';
import { User } from '../../models/User';
import type { Actor } from '../../policies/actor';
import { sideOf } from '../../policies/application';

export async function findApplicationFor(actor: Actor | null, id: string): Promise<{ app: StoredApplication; side: PipelineSide }> {
  const app = Types.ObjectId.isValid(id) ? await Application.findById(id).lean<StoredApplication>() : null;
  const side = app ? sideOf(actor, app) : null;
  if (!app || !side) throw notFound('Application');
  return { app, side };
}

/** Refuses with 403 unless the actor is on `side` (the application is readable, so its existence is no secret). */
export function requireSide(actual: PipelineSide, wanted: PipelineSide, what: string): void {
  if (actual === wanted) return;
  const who = wanted === 'talent' ? 'the talent' : 'the organisation';
  throw new AppError(403, 'forbidden', `Only ${who} can ${what}.`);
}

/** The managers of an organisation (its employers or officers), the acting person left out: who to tell. */
export async function managersOf(organisationId: Types.ObjectId | string, exceptUserId: string): Promise<string[]> {
  const members = await User.find({ organisationId, role: { $in: ['employer', 'officer'] } }, { _id: 1 }).lean();
  return members.map((m) => String(m._id)).filter((id) => id !== exceptUserId);
}

/** Who hears about a change made by `side`: the other side. */
export async function otherSide(app: StoredApplication, side: PipelineSide, actorId: string): Promise<string[]> {
  return side === 'owner' ? [String(app.talentId)] : managersOf(app.organisationId, actorId);
}

/** The ids an application event carries. */
export function applicationRef(app: StoredApplication, actorId: string, recipientIds: string[]): ApplicationRef {
  return {
    applicationId: String(app._id),
    opportunityId: String(app.opportunityId),
    organisationId: String(app.organisationId),
    opportunityType: app.opportunityType,
    talentId: String(app.talentId),
    actorId,
    recipientIds,
  };
}
