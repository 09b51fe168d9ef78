/**
 * Fixed-window rate limits kept in MongoDB, so every server process shares them. `hit` counts an attempt;
 * `peek` reads a counter without adding to it (to refuse a sign-in once an account has too many failures).
 */
import { RateLimit } from '../models/RateLimit';
import { tooManyRequests } from '../errors';

export interface Limit {
  /** Attempts allowed per window. */
  max: number;
  windowMs: number;
}

export interface LimitState {
  allowed: boolean;
  retryAfterSeconds: number;
}

const secondsUntil = (date: Date) => Math.max(1, Math.ceil((date.getTime() - Date.now()) / 1000));

export async function hit(key: string, limit: Limit): Promise<LimitState> {
  const now = new Date();
  let doc = await RateLimit.findOneAndUpdate({ _id: key, resetAt: { $gt: now } }, { $inc: { count: 1 } }, { returnDocument: 'after' }).lean();
  if (!doc) {
    const resetAt = new Date(now.getTime() + limit.windowMs);
    try {
      doc = await RateLimit.findOneAndUpdate({ _id: key }, { $set: { count: 1, resetAt } }, { returnDocument: 'after', upsert: true }).lean();
    } catch {
      // Two first attempts raced on the upsert: the other one created the window, count in it.
      doc = await RateLimit.findOneAndUpdate({ _id: key }, { $inc: { count: 1 } }, { returnDocument: 'after' }).lean();
    }
  }
  if (!doc) return { allowed: true, retryAfterSeconds: 0 };
  return { allowed: doc.count <= limit.max, retryAfterSeconds: secondsUntil(doc.resetAt) };
}

/** Counts an attempt and refuses it with 429 (and its Retry-After) once the window's attempts are used up. */
export async function enforce(key: string, limit: Limit): Promise<void> {
  const state = await hit(key, limit);
  if (!state.allowed) throw tooManyRequests(state.retryAfterSeconds);
}

export async function peek(key: string, limit: Limit): Promise<LimitState> {
  const doc = await RateLimit.findOne({ _id: key, resetAt: { $gt: new Date() } }).lean();
  if (!doc) return { allowed: true, retryAfterSeconds: 0 };
  return { allowed: doc.count < limit.max, retryAfterSeconds: secondsUntil(doc.resetAt) };
}

export async function reset(key: string): Promise<void> {
  await RateLimit.deleteOne({ _id: key });
}

/** The limits the product uses; one place to tune them. */
export const LIMITS = {
  signInPerIp: { max: 30, windowMs: 15 * 60_000 },
  signInFailuresPerAccount: { max: 5, windowMs: 15 * 60_000 },
  signUpPerIp: { max: 10, windowMs: 60 * 60_000 },
  resetPerIp: { max: 10, windowMs: 60 * 60_000 },
  resetPerAccount: { max: 3, windowMs: 60 * 60_000 },
  verifyResendPerAccount: { max: 3, windowMs: 60 * 60_000 },
  /** Invitations make us mail any address: bounded per inviting member. */
  invitationsPerMember: { max: 30, windowMs: 24 * 60 * 60_000 },
  /** Each taxonomy proposal lands in the admins' review queue: bounded per proposer. */
  skillProposalsPerMember: { max: 20, windowMs: 24 * 60 * 60_000 },
  /** The profile editor saves each step as the talent goes: generous for a person, a ceiling for a script. */
  profileSavesPerTalent: { max: 300, windowMs: 60 * 60_000 },
  /** Applying notifies an organisation: bounded per talent. */
  applicationsPerTalent: { max: 50, windowMs: 24 * 60 * 60_000 },
  /** Inviting a talent to an opportunity notifies them: bounded per inviting member. */
  talentInvitationsPerMember: { max: 200, windowMs: 24 * 60 * 60_000 },
  /** Each upload is stored and read for skills: generous for a person sorting their CV, a ceiling for a script. */
  documentUploadsPerTalent: { max: 60, windowMs: 60 * 60_000 },
  /** Each message is pushed to every participant and notifies them: a brisk chat fits, a flood does not. */
  messagesPerSender: { max: 60, windowMs: 10 * 60_000 },
  /** Opening conversations reaches new people: bounded per member or talent. */
  conversationStartsPerSender: { max: 100, windowMs: 24 * 60 * 60_000 },
} satisfies Record<string, Limit>;
