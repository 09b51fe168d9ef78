/**
 * The people in a conversation: its talent and every current member of the organisation. Read at the time of
 * use, so a colleague who joins the organisation later sees the conversation and one who left no longer does.
 */
import type { Types } from 'mongoose';
import { User } from '../../models/User';

export async function participantIdsOf(conv: { talentId: Types.ObjectId | string; organisationId: Types.ObjectId | string }): Promise<string[]> {
  const members = await User.find({ organisationId: conv.organisationId }, { _id: 1 }).lean();
  return [...new Set([String(conv.talentId), ...members.map((m) => String(m._id))])];
}
