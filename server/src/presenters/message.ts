/** Messages as participants see them: plain text exactly as stored, and the sender's name when they still exist. */
import type { Message } from '@kafaat/shared';
import type { StoredMessage } from '../models/Message';

export function presentMessage(msg: StoredMessage, senderName: string | undefined): Message {
  return {
    id: String(msg._id),
    conversationId: String(msg.conversationId),
    sender: msg.senderId && senderName !== undefined ? { id: String(msg.senderId), displayName: senderName, side: msg.senderSide } : null,
    text: msg.deleted ? '' : msg.text,
    deleted: !!msg.deleted,
    attachments: (msg.attachments ?? []).map((a) => ({ id: String(a.documentId), name: a.name, mime: a.mime, size: a.size })),
    createdAt: msg.createdAt.toISOString(),
  };
}
