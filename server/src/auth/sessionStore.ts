/**
 * express-session store on MongoDB (works on FerretDB too: expiry is compared on read and purged by the
 * maintenance job instead of a TTL index). It records which user a session belongs to, so a user can list
 * their sessions and end them all ("sign out everywhere").
 */
import session from 'express-session';
import { recentSession, Session } from '../models/Session';

interface StoredSession extends session.SessionData {
  passport?: { user?: string };
  client?: { userAgent?: string; ip?: string };
}

/**
 * A rolling session is touched by every request; the stored expiry and "last seen" are rewritten at most this
 * often per session and process, so reading a page is not a database write (a write per request queued every
 * API call behind FerretDB's single SQLite writer). The stored expiry then lags the cookie's by at most this.
 */
export const TOUCH_EVERY_MS = 60_000;

export class MongoSessionStore extends session.Store {
  /** When this process last wrote each session's expiry. */
  private readonly written = new Map<string, number>();

  constructor(private readonly ttlMs: number) {
    super();
  }

  private wrote(sid: string): void {
    const now = Date.now();
    this.written.set(sid, now);
    // Forget sessions not written for a while (they are written again when next touched).
    if (this.written.size > 10_000) for (const [id, at] of this.written) if (now - at >= TOUCH_EVERY_MS) this.written.delete(id);
  }

  private expiry(sess: session.SessionData): Date {
    return sess.cookie?.expires ? new Date(sess.cookie.expires) : new Date(Date.now() + this.ttlMs);
  }

  /**
   * By id alone (FerretDB's SQLite handler uses the `_id` index only for a filter that is a lone `_id` equality,
   * models/byIds.ts), through a second's memory of the sessions read (models/Session.ts); the expiry is checked
   * here on every request, and each request gets its own copy of the data.
   */
  override get(sid: string, cb: (err: unknown, session?: session.SessionData | null) => void): void {
    recentSession(sid).then((doc) => cb(null, doc && doc.expiresAt > new Date() ? (JSON.parse(doc.data) as session.SessionData) : null), cb);
  }

  override set(sid: string, sess: session.SessionData, cb?: (err?: unknown) => void): void {
    const stored = sess as StoredSession;
    Session.updateOne(
      { _id: sid },
      {
        $set: {
          data: JSON.stringify(sess),
          userId: stored.passport?.user ?? null,
          expiresAt: this.expiry(sess),
          userAgent: stored.client?.userAgent ?? null,
          ip: stored.client?.ip ?? null,
          lastSeenAt: new Date(),
        },
      },
      { upsert: true },
    ).then(() => {
      this.wrote(sid);
      cb?.();
    }, cb);
  }

  override touch(sid: string, sess: session.SessionData, cb?: (err?: unknown) => void): void {
    if (Date.now() - (this.written.get(sid) ?? 0) < TOUCH_EVERY_MS) {
      cb?.();
      return;
    }
    Session.updateOne({ _id: sid }, { $set: { expiresAt: this.expiry(sess), lastSeenAt: new Date() } }).then(() => {
      this.wrote(sid);
      cb?.();
    }, cb);
  }

  override destroy(sid: string, cb?: (err?: unknown) => void): void {
    this.written.delete(sid);
    Session.deleteOne({ _id: sid }).then(() => cb?.(), cb);
  }
}
