/** A signed-in device as its owner sees it in account settings (and in their data export). */
import type { z } from 'zod';
import type { SessionSummarySchema } from '@kafaat/shared';

type SessionSummary = z.infer<typeof SessionSummarySchema>;

interface StoredSession {
  _id: string;
  userAgent?: string | null;
  ip?: string | null;
  createdAt?: Date | null;
  lastSeenAt: Date;
}

export function presentSession(session: StoredSession, currentSessionId: string | undefined): SessionSummary {
  return {
    id: session._id,
    current: session._id === currentSessionId,
    userAgent: session.userAgent ?? null,
    ip: session.ip ?? null,
    createdAt: (session.createdAt ?? session.lastSeenAt).toISOString(),
    lastSeenAt: session.lastSeenAt.toISOString(),
  };
}
