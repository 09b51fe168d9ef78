/**
 * "Delete my account": erases everything that identifies the person and keeps only anonymous counters.
 * There are no multi-document transactions, so the steps are ordered for retrying: what lives outside MongoDB
 * first (files, search), then what points at the account, and the user document last. Until that last step the
 * person can still sign in and delete again, and every step is harmless to repeat.
 */
import type { Types } from 'mongoose';
import type { Role } from '@kafaat/shared';
import { failureKey } from '../../auth/passport';
import { AppError, forbidden } from '../../errors';
import { AuthToken } from '../../models/AuthToken';
import { incrementCounter } from '../../models/Counter';
import { Invitation } from '../../models/Invitation';
import { Organisation } from '../../models/Organisation';
import { Profile } from '../../models/Profile';
import { RateLimit } from '../../models/RateLimit';
import { Session } from '../../models/Session';
import { User, type UserDoc } from '../../models/User';
import type { Actor } from '../../policies/actor';
import { userPolicy } from '../../policies/user';
import { eraseOwnedDocuments } from '../../search/erasure';
import { recordSearchDeletion } from '../../search/indexer';
import type { ServiceContext } from '../context';
import { confirmationFailureKey } from './passwordConfirmer';

/** The person being erased, as erasure steps see them. */
export interface ErasureSubject {
  ctx: ServiceContext;
  userId: Types.ObjectId;
  email: string;
  role: Role;
}

export type ErasureStep = (subject: ErasureSubject) => Promise<void>;

const steps = new Map<string, ErasureStep>();

/**
 * Adds a step run for every erased account, before anything in MongoDB is touched (e.g. the documents feature
 * deletes the person's uploaded files). A step must succeed when run twice: an erasure that failed is retried.
 */
export function registerErasureStep(name: string, step: ErasureStep): void {
  if (steps.has(name)) throw new Error(`erasure step "${name}" is already registered`);
  steps.set(name, step);
}

export interface AccountErasureProps {
  ctx: ServiceContext;
  actor: Actor | null;
  user: UserDoc;
}

/** Erases the account; `erased` is false when a concurrent request erased it first (counted once, by that one). */
export async function eraseAccount({ ctx, actor, user }: AccountErasureProps): Promise<{ erased: boolean; role: Role }> {
  if (!userPolicy.can(actor, 'delete', user)) throw forbidden();
  const subject: ErasureSubject = { ctx, userId: user._id, email: user.email, role: user.role };

  try {
    for (const step of steps.values()) await step(subject);
    await eraseFromSearch(ctx, String(user._id));
  } catch (err) {
    throw new AppError(503, 'service_unavailable', 'Your account could not be deleted completely just now; it is still there. Try again in a few minutes.', undefined, true, { cause: err });
  }

  await Session.deleteMany({ userId: user._id });
  await AuthToken.deleteMany({ subjectId: user._id });
  await Profile.deleteOne({ _id: user._id });
  // Rate-limit windows are keyed by email or id (see auth routes and passwordConfirmer).
  const keys = [failureKey(user.email), `reset:${user.email}`, `verify-resend:${user.email}`, confirmationFailureKey(user._id), `profile-save:${user._id}`];
  await RateLimit.deleteMany({ _id: { $in: keys } });
  // Invitations hold the invited address: the person's own, accepted or not.
  await eraseInvitations({ email: user.email });
  if (user.organisationId && !(await User.exists({ organisationId: user.organisationId, _id: { $ne: user._id } }))) {
    await eraseInvitations({ organisationId: user.organisationId });
    await Organisation.deleteOne({ _id: user.organisationId });
  }

  const { deletedCount } = await User.deleteOne({ _id: user._id });
  if (deletedCount === 1) await incrementCounter(`accounts.deleted.${user.role}`);
  return { erased: deletedCount === 1, role: user.role };
}

/**
 * Removes the person's documents from every search index now, or, while Elasticsearch is unreachable, records
 * the deletion for the search indexer, which applies it once the cluster answers: erasure does not wait on search.
 */
async function eraseFromSearch(ctx: ServiceContext, ownerId: string): Promise<void> {
  try {
    await eraseOwnedDocuments({ search: ctx.search, indexPrefix: ctx.config.ES_INDEX_PREFIX, ownerId });
  } catch (err) {
    ctx.logger.warn({ err }, 'search unreachable during an account erasure; the deletion is queued for the indexer');
    await recordSearchDeletion('owner', ownerId);
  }
}

/** Deletes invitations and the tokens in their links. */
async function eraseInvitations(filter: { email: string } | { organisationId: Types.ObjectId }): Promise<void> {
  const ids = (await Invitation.find(filter, { _id: 1 }).lean()).map((inv) => inv._id);
  if (ids.length === 0) return;
  await AuthToken.deleteMany({ purpose: 'invitation', subjectId: { $in: ids } });
  await Invitation.deleteMany({ _id: { $in: ids } });
}
