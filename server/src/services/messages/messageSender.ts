/**
 * A participant writes in a conversation. The message is stored as plain text, the conversation's newest
 * message and activity time move forward (never back, when two messages race), the sender has read everything
 * up to their own message, and `message.sent` goes on the bus: the live push and the recipients'
 * notifications follow from it.
 */
import type { ConversationSide } from '@kafaat/shared';
import { Types } from 'mongoose';
import { notFound } from '../../errors';
import { Conversation, type StoredConversation } from '../../models/Conversation';
import { Message, type StoredMessage } from '../../models/Message';
import type { Actor } from '../../policies/actor';
import { conversationPolicy, conversationSideOf } from '../../policies/conversation';
import { emit } from '../events';
import { ownAttachments, type Attachment } from './attachments';
import { participantIdsOf } from './participants';
import './messageEvents';

/** Characters of the newest message kept on the conversation for the list. */
const PREVIEW_LENGTH = 140;

export interface MessageProps {
  actor: Actor;
  conversation: StoredConversation;
  text: string;
  /** Ids of the sender's own documents. */
  attachmentIds: string[];
}

export async function sendMessage({ actor, conversation, text, attachmentIds }: MessageProps): Promise<StoredMessage> {
  if (!conversationPolicy.can(actor, 'send', conversation)) throw notFound('Conversation');
  const attachments = await ownAttachments(actor.id, attachmentIds);
  return writeMessage(actor, conversation, conversationSideOf(actor, conversation)!, text, attachments);
}

/** Stores a message already checked (the conversation starter validates attachments before creating anything). */
export async function writeMessage(
  actor: Actor,
  conversation: StoredConversation,
  side: ConversationSide,
  text: string,
  attachments: Attachment[],
): Promise<StoredMessage> {
  const doc = await Message.create({ conversationId: conversation._id, senderId: actor.id, senderSide: side, text, attachments });
  const message = doc.toObject() as StoredMessage;
  const at = message.createdAt;
  const senderId = new Types.ObjectId(actor.id);
  await Conversation.updateOne({ _id: conversation._id }, { $max: { lastActivityAt: at, [`readAt.${actor.id}`]: at } });
  await Conversation.updateOne(
    { _id: conversation._id, $or: [{ lastMessage: null }, { 'lastMessage.at': { $lte: at } }] },
    { $set: { lastMessage: { preview: text.slice(0, PREVIEW_LENGTH), senderId, deleted: false, at } } },
  );

  const participantIds = await participantIdsOf(conversation);
  await emit('message.sent', {
    conversationId: String(conversation._id),
    messageId: String(message._id),
    opportunityId: String(conversation.opportunityId),
    organisationId: String(conversation.organisationId),
    talentId: String(conversation.talentId),
    senderId: actor.id,
    senderSide: side,
    participantIds,
    recipientIds: side === 'talent' ? participantIds.filter((id) => id !== actor.id) : [String(conversation.talentId)],
  });
  return message;
}
