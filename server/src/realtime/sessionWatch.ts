/**
 * Live connections end with their session: sign-out, "sign out everywhere", a password change or a deleted
 * account remove the session from the store, and the periodic check disconnects the sockets that relied on it.
 */
import { Session } from '../models/Session';
import type { RealtimeServer } from './server';

/** Disconnects this process's sockets whose session no longer exists, expired, or now belongs to no one. */
export async function disconnectEndedSessions(io: RealtimeServer): Promise<void> {
  const sockets = [...io.of('/').sockets.values()];
  if (sockets.length === 0) return;
  const ids = [...new Set(sockets.map((s) => s.data.sessionId))];
  const alive = await Session.find({ _id: { $in: ids }, expiresAt: { $gt: new Date() } }, { _id: 1, userId: 1 }).lean();
  const owner = new Map(alive.map((s) => [String(s._id), s.userId ? String(s.userId) : null]));
  for (const socket of sockets) {
    if (owner.get(socket.data.sessionId) !== socket.data.userId) socket.disconnect(true);
  }
}
