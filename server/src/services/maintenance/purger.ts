/**
 * Removes what has expired: sessions, single-use tokens and rate-limit windows. FerretDB has no TTL indexes, so
 * expiry is a date comparison on read and this periodic job reclaims the space.
 */
import { Session } from '../../models/Session';
import { AuthToken } from '../../models/AuthToken';
import { RateLimit } from '../../models/RateLimit';

export async function purgeExpired(now = new Date()): Promise<{ sessions: number; tokens: number; rateLimits: number }> {
  const [sessions, tokens, rateLimits] = await Promise.all([
    Session.deleteMany({ expiresAt: { $lt: now } }),
    AuthToken.deleteMany({ expiresAt: { $lt: new Date(now.getTime() - 24 * 3600_000) } }),
    RateLimit.deleteMany({ resetAt: { $lt: now } }),
  ]);
  return { sessions: sessions.deletedCount, tokens: tokens.deletedCount, rateLimits: rateLimits.deletedCount };
}

/** Runs the purge every `intervalMs`; returns a function that stops it. */
export function schedulePurge(intervalMs: number, onError: (err: unknown) => void): () => void {
  const timer = setInterval(() => purgeExpired().catch(onError), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
