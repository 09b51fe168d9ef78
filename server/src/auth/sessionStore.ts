/**
 * express-session store on MongoDB (works on FerretDB too: expiry is compared on read and purged by the
 * maintenance job instead of a TTL index). It records which user a session belongs to, so a user can list
 * their sessions and end them all ("sign out everywhere").
 */
import session from 'express-session';
import { Session } from '../models/Session';

interface StoredSession extends session.SessionData {
  passport?: { user?: string };
  client?: { userAgent?: string; ip?: string };
}

export class MongoSessionStore extends session.Store {
  constructor(private readonly ttlMs: number) {
    super();
  }

  private expiry(sess: session.SessionData): Date {
    return sess.cookie?.expires ? new Date(sess.cookie.expires) : new Date(Date.now() + this.ttlMs);
  }

  /**
   * By id alone, the expiry checked here: on every request, and FerretDB's SQLite handler uses the `_id` index only
   * for a filter that is a lone `_id` equality (models/byIds.ts).
   */
  override get(sid: string, cb: (err: unknown, session?: session.SessionData | null) => void): void {
    Session.findOne({ _id: sid })
      .lean()
      .then((doc) => cb(null, doc && doc.expiresAt > new Date() ? (JSON.parse(doc.data) as session.SessionData) : null), cb);
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
    ).then(() => cb?.(), cb);
  }

  override touch(sid: string, sess: session.SessionData, cb?: (err?: unknown) => void): void {
    Session.updateOne({ _id: sid }, { $set: { expiresAt: this.expiry(sess), lastSeenAt: new Date() } }).then(() => cb?.(), cb);
  }

  override destroy(sid: string, cb?: (err?: unknown) => void): void {
    Session.deleteOne({ _id: sid }).then(() => cb?.(), cb);
  }
}
