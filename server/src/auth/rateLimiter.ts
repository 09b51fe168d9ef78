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
} satisfies Record<string, Limit>;
