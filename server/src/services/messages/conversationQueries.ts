/**
 * Reading conversations through the policy's scope: the actor's list (newest activity first, with each
 * one's unread count), one conversation, and its messages (newest first). Pages use opaque cursors.
 */
import { Types } from 'mongoose';
import { notFound } from '../../errors';
import { Conversation, type StoredConversation } from '../../models/Conversation';
import { Message, type StoredMessage } from '../../models/Message';
import type { Actor } from '../../policies/actor';
import { conversationPolicy, conversationSideOf } from '../../policies/conversation';
import { afterDateCursor, encodeDateCursor, pageFrom } from '../../routes/cursor';

export interface Page {
  cursor?: string;
  limit: number;
}

/** The conversation, when the actor takes part in it; 404 otherwise, like one that does not exist. */
export async function findConversationFor(actor: Actor, id: string): Promise<StoredConversation> {
  const conv = await Conversation.findOne({ _id: id, ...conversationPolicy.scope(actor) }).lean<StoredConversation>();
  if (!conv || !conversationPolicy.can(actor, 'read', conv)) throw notFound('Conversation');
  return conv;
}

export async function listConversations(actor: Actor, { cursor, limit }: Page) {
  const docs = await Conversation.find({ ...conversationPolicy.scope(actor), ...afterDateCursor('lastActivityAt', cursor) })
    .sort({ lastActivityAt: -1, _id: -1 })
    .limit(limit + 1)
    .lean<StoredConversation[]>();
  return pageFrom(docs, limit, (last) => encodeDateCursor(last.lastActivityAt, last._id));
}

export async function listMessages(conv: StoredConversation, { cursor, limit }: Page) {
  const docs = await Message.find({ conversationId: conv._id, ...afterDateCursor('createdAt', cursor) })
    .sort({ createdAt: -1, _id: -1 })
    .limit(limit + 1)
    .lean<StoredMessage[]>();
  return pageFrom(docs, limit, (last) => encodeDateCursor(last.createdAt, last._id));
}

/** When the user last read the conversation (null: never). */
export function lastReadOf(conv: StoredConversation, userId: string): Date | null {
  const at = conv.readAt?.[userId];
  return at ? new Date(at) : null;
}

/**
 * Messages from the other side (the organisation for the talent, the talent for the organisation's members)
 * newer than the user's last read, per conversation, in one aggregation; conversations whose newest message
 * the user already read, or wrote, are not even asked about.
 */
export async function unreadCounts(actor: Actor, convs: StoredConversation[]): Promise<Map<string, number>> {
  const userId = actor.id;
  const counts = new Map<string, number>(convs.map((c) => [String(c._id), 0]));
  const pending = convs.filter((c) => {
    const last = c.lastMessage;
    if (!last || String(last.senderId) === userId) return false;
    const read = lastReadOf(c, userId);
    return !read || new Date(last.at) > read;
  });
  if (pending.length === 0) return counts;
  const rows = await Message.aggregate<{ _id: Types.ObjectId; n: number }>([
    {
      $match: {
        $or: pending.map((c) => ({
          conversationId: c._id,
          senderSide: { $ne: conversationSideOf(actor, c) },
          createdAt: { $gt: lastReadOf(c, userId) ?? new Date(0) },
        })),
      },
    },
    { $group: { _id: '$conversationId', n: { $sum: 1 } } },
  ]);
  for (const row of rows) counts.set(String(row._id), row.n);
  return counts;
}
