/**
 * Events of messaging, on the in-process bus (services/events.ts). Like the pipeline's, payloads carry ids
 * only: the live push and the notifications read what they show themselves.
 */
import type { ConversationSide } from '@kafaat/shared';

declare module '../events' {
  interface DomainEvents {
    /** A message was stored. `participantIds` includes the sender (their other tabs show it too). */
    'message.sent': {
      conversationId: string;
      messageId: string;
      opportunityId: string;
      organisationId: string;
      talentId: string;
      senderId: string;
      senderSide: ConversationSide;
      participantIds: string[];
      /** The other side, who are notified: the organisation's members, or the talent. */
      recipientIds: string[];
    };
    /** A participant read a conversation up to `readAt` (ISO date). */
    'conversation.read': { conversationId: string; userId: string; readAt: string };
  }
}

export {};
