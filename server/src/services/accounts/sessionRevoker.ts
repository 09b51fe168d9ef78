/** Ends one signed-in session of a user (a lost phone, a shared computer) from their account settings. */
import type { Types } from 'mongoose';
import { notFound } from '../../errors';
import { Session } from '../../models/Session';

export interface SessionRevocationProps {
  userId: Types.ObjectId;
  sessionId: string;
}

/** Deletes the session if it belongs to the user; 404 otherwise, so other people's session ids stay secret. */
export async function revokeSession({ userId, sessionId }: SessionRevocationProps): Promise<void> {
  const { deletedCount } = await Session.deleteOne({ _id: sessionId, userId });
  if (deletedCount === 0) throw notFound('Session');
}
