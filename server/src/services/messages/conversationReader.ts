/**
 * A participant has read a conversation: their last read time moves to now (never back), which clears its unread
 * count, and `conversation.read` goes on the bus (their other tabs clear the badge; their message notification
 * for it is marked read).
 */
import { notFound } from '../../errors';
import { Conversation, type StoredConversation } from '../../models/Conversation';
import type { Actor } from '../../policies/actor';
import { conversationPolicy } from '../../policies/conversation';
import { emit } from '../events';
import './messageEvents';

export async function markConversationRead({ actor, conversation }: { actor: Actor; conversation: StoredConversation }): Promise<Date> {
  if (!conversationPolicy.can(actor, 'read', conversation)) throw notFound('Conversation');
  const lastActivity = conversation.lastActivityAt ? new Date(conversation.lastActivityAt).getTime() : 0;
  const readAt = new Date(Math.max(Date.now(), lastActivity));
  await Conversation.updateOne({ _id: conversation._id }, { $max: { [`readAt.${actor.id}`]: readAt } });
  await emit('conversation.read', { conversationId: String(conversation._id), userId: actor.id, readAt: readAt.toISOString() });
  return readAt;
}
