/**
 * Live updates of messaging: each stored message is pushed (`message.created`) to every participant's room, the
 * sender's included so their other tabs show it; a read conversation (`conversation.read`) goes to the reader's
 * own room, so their other tabs clear its badge. Heard on the in-process bus; the Redis adapter carries the
 * push to sockets held by other server processes.
 */
import { Message, type StoredMessage } from '../models/Message';
import { on } from '../services/events';
import { messageViews } from '../services/messages/conversationViews';
import '../services/messages/messageEvents';
import type { Realtime } from './server';

/** Subscribes; returns the function that unsubscribes. */
export function emitMessages(realtime: Realtime): () => void {
  const offs = [
    on('message.sent', async (e) => {
      const message = await Message.findById(e.messageId).lean<StoredMessage>();
      if (!message) return;
      const [view] = await messageViews([message]);
      realtime.emitToUsers(e.participantIds, 'message.created', { conversationId: e.conversationId, message: view! });
    }),
    on('conversation.read', (e) => realtime.emitToUser(e.userId, 'conversation.read', { conversationId: e.conversationId, userId: e.userId, readAt: e.readAt })),
  ];
  return () => offs.forEach((off) => off());
}
