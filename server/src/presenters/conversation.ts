/** A conversation in the viewer's list: what it is about, with whom, its newest message and the viewer's unread count. */
import type { Conversation, ConversationSide } from '@kafaat/shared';
import type { StoredConversation } from '../models/Conversation';

/** What the list shows besides the conversation itself, loaded in batches by the caller. */
export interface ConversationContext {
  opportunity: { type: string; title: Record<string, string> } | undefined;
  organisationName: string | undefined;
  /** Undefined once the talent's account was deleted. */
  talentName: string | undefined;
  side: ConversationSide;
  unreadCount: number;
}

export function presentConversation(conv: StoredConversation, c: ConversationContext): Conversation {
  const last = conv.lastMessage;
  return {
    id: String(conv._id),
    opportunity: { id: String(conv.opportunityId), type: c.opportunity?.type ?? '', title: c.opportunity?.title ?? {} },
    organisation: { id: String(conv.organisationId), name: c.organisationName ?? '' },
    talent: c.talentName !== undefined ? { id: String(conv.talentId), displayName: c.talentName } : null,
    side: c.side,
    lastMessage: last ? { preview: last.deleted ? '' : last.preview, deleted: !!last.deleted, senderId: last.senderId ? String(last.senderId) : null, at: new Date(last.at).toISOString() } : null,
    lastActivityAt: new Date(conv.lastActivityAt).toISOString(),
    unreadCount: c.unreadCount,
    createdAt: conv.createdAt.toISOString(),
  };
}
