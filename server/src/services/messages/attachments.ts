/**
 * Documents attached to messages: a sender attaches only their own uploads (talents are the ones who upload),
 * and a copy of the name, type and size goes into the message for display. `mayDownloadAttachment` is the rule
 * the documents feature asks when a participant downloads a document attached in their conversation.
 */
import { Types } from 'mongoose';
import { validationFailed } from '../../errors';
import { Conversation } from '../../models/Conversation';
import { Document } from '../../models/Document';
import { Message } from '../../models/Message';
import type { Actor } from '../../policies/actor';
import { conversationPolicy } from '../../policies/conversation';

export interface Attachment {
  documentId: Types.ObjectId;
  name: string;
  mime: string;
  size: number;
}

/** The sender's documents with these ids, in the order given; a 400 on `attachmentIds` if one is not theirs. */
export async function ownAttachments(senderId: string, ids: readonly string[]): Promise<Attachment[]> {
  if (ids.length === 0) return [];
  const rows = await Document.find({ _id: { $in: ids }, ownerId: senderId }, { name: 1, mime: 1, size: 1 }).lean();
  const byId = new Map(rows.map((row) => [String(row._id), row]));
  const missing = ids.findIndex((id) => !byId.has(id));
  if (missing !== -1) {
    throw validationFailed([
      { path: `attachmentIds.${missing}`, location: 'body', code: 'not_your_document', message: 'attach only documents you uploaded yourself' },
    ]);
  }
  return ids.map((id) => {
    const row = byId.get(id)!;
    return { documentId: row._id, name: row.name, mime: row.mime, size: row.size };
  });
}

/**
 * True when the document's owner attached it to a message in a conversation the actor takes part in: the
 * recipients of an attachment may download it even when it is not shared on the profile.
 */
export async function mayDownloadAttachment(actor: Actor | null, doc: { _id: unknown; ownerId: unknown }): Promise<boolean> {
  if (!actor) return false;
  const conversationIds = await Message.distinct('conversationId', {
    senderId: new Types.ObjectId(String(doc.ownerId)),
    'attachments.documentId': new Types.ObjectId(String(doc._id)),
  });
  if (conversationIds.length === 0) return false;
  const conversations = await Conversation.find({ _id: { $in: conversationIds } }, { talentId: 1, organisationId: 1 }).lean();
  return conversations.some((conv) => conversationPolicy.can(actor, 'read', conv));
}
