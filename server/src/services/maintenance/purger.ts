/**
 * Removes what has expired: sessions, single-use tokens, rate-limit windows, and invitations never accepted
 * (they hold the address of someone who did not join). FerretDB has no TTL indexes, so expiry is a date
 * comparison on read and this periodic job reclaims the space.
 */
import { Session } from '../../models/Session';
import { AuthToken } from '../../models/AuthToken';
import { RateLimit } from '../../models/RateLimit';
import { Invitation } from '../../models/Invitation';

/** How long an organisation's admins still see an expired or cancelled invitation in their list. */
const UNANSWERED_INVITATIONS_KEPT_MS = 30 * 24 * 3600_000;

export async function purgeExpired(now = new Date()): Promise<{ sessions: number; tokens: number; rateLimits: number; invitations: number }> {
  const [sessions, tokens, rateLimits, invitations] = await Promise.all([
    Session.deleteMany({ expiresAt: { $lt: now } }),
    AuthToken.deleteMany({ expiresAt: { $lt: new Date(now.getTime() - 24 * 3600_000) } }),
    RateLimit.deleteMany({ resetAt: { $lt: now } }),
    Invitation.deleteMany({ acceptedAt: null, expiresAt: { $lt: new Date(now.getTime() - UNANSWERED_INVITATIONS_KEPT_MS) } }),
  ]);
  return { sessions: sessions.deletedCount, tokens: tokens.deletedCount, rateLimits: rateLimits.deletedCount, invitations: invitations.deletedCount };
}

/** Runs the purge every `intervalMs`; returns a function that stops it. */
export function schedulePurge(intervalMs: number, onError: (err: unknown) => void): () => void {
  const timer = setInterval(() => purgeExpired().catch(onError), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
