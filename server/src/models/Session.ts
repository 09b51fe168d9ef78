/**
 * Server-side sessions (express-session's store writes here). Expiry is a date compared on read and purged by
 * a periodic job, as FerretDB has no TTL indexes. `userId` lets a user see and end their sessions.
 */
import mongoose, { Schema } from 'mongoose';
import { RecentReads } from './recentReads';

const sessionSchema = new Schema(
  {
    _id: { type: String, required: true },
    data: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, default: null, index: true },
    expiresAt: { type: Date, required: true, index: true },
    userAgent: { type: String, default: null },
    ip: { type: String, default: null },
    lastSeenAt: { type: Date, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false }, _id: false },
);

/** What the store reads of a session on each request. */
export interface StoredSession {
  data: string;
  expiresAt: Date;
}

/**
 * Sessions read by id in the last second (models/recentReads.ts): every request reads its session, and a page
 * sends several at once. Ending a session in this process (signing out, revoking, a password change, erasure)
 * goes through this model and ends it from the next request; in another server process within a second.
 */
const recentSessions = new RecentReads<StoredSession>(sessionSchema, { ttlMs: 1000 });

export const Session = mongoose.model('Session', sessionSchema);

/** A session by id through recentSessions (expiry is the caller's to check). */
export const recentSession = (sid: string) => recentSessions.get(sid, () => Session.findOne({ _id: sid }, { data: 1, expiresAt: 1 }).lean<StoredSession>());
