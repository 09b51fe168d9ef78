/**
 * What messaging adds to "download my data" and "delete my account". Imported by the messages routes, so the
 * app registers both when it mounts them.
 *
 * Export: a talent gets their conversations in full (their messages and the organisation's answers, without
 * the organisation members' names); an organisation member gets the messages they wrote.
 *
 * Erasure: the person's messages stay in their conversations, so the others still read them in order, but the
 * text becomes an empty string, the attachments are dropped, `deleted` is set and the sender becomes null; the
 * conversation's preview of such a message is blanked the same way, and the person's read times are removed.
 */
import { Types } from 'mongoose';
import { RateLimit } from '../../models/RateLimit';
import { Conversation } from '../../models/Conversation';
import { Message, type StoredMessage } from '../../models/Message';
import { Organisation } from '../../models/Organisation';
import { registerErasureStep } from '../accounts/accountEraser';
import { registerExportSection } from '../accounts/accountExporter';

/** Rate-limit windows of messaging, keyed by user id (see routes/messages). */
export const messageLimitKeys = (userId: string) => [`message-send:${userId}`, `conversation-start:${userId}`];

registerErasureStep('messages', async ({ userId }) => {
  const id = new Types.ObjectId(String(userId));
  await Message.updateMany({ senderId: id }, { $set: { text: '', deleted: true, senderId: null, attachments: [] } });
  await Conversation.updateMany({ 'lastMessage.senderId': id }, { $set: { 'lastMessage.preview': '', 'lastMessage.deleted': true, 'lastMessage.senderId': null } });
  await Conversation.updateMany({ [`readAt.${String(id)}`]: { $exists: true } }, { $unset: { [`readAt.${String(id)}`]: 1 } });
  await RateLimit.deleteMany({ _id: { $in: messageLimitKeys(String(id)) } });
});

const exportedMessage = (m: StoredMessage, userId: string) => ({
  id: String(m._id),
  at: m.createdAt.toISOString(),
  from: String(m.senderId) === userId ? 'me' : m.senderSide,
  text: m.deleted ? '' : m.text,
  deleted: !!m.deleted,
  attachments: (m.attachments ?? []).map((a) => ({ documentId: String(a.documentId), name: a.name })),
});

registerExportSection('messages', async ({ user }) => {
  const userId = String(user._id);
  const own = user.role === 'talent' ? await Conversation.find({ talentId: user._id }).sort({ _id: 1 }).lean() : [];
  const ownIds = own.map((c) => c._id);
  const messages = await Message.find({ $or: [{ conversationId: { $in: ownIds } }, { senderId: user._id }] })
    .sort({ createdAt: 1, _id: 1 })
    .lean<StoredMessage[]>();
  const conversationIds = [...new Set(messages.map((m) => String(m.conversationId)))];
  const conversations = await Conversation.find({ _id: { $in: conversationIds } }, { opportunityId: 1, organisationId: 1, createdAt: 1 }).lean();
  const orgNames = new Map(
    (await Organisation.find({ _id: { $in: conversations.map((c) => c.organisationId) } }, { name: 1 }).lean()).map((o) => [String(o._id), o.name]),
  );
  return conversations.map((conv) => ({
    conversationId: String(conv._id),
    opportunityId: String(conv.opportunityId),
    organisation: orgNames.get(String(conv.organisationId)) ?? null,
    startedAt: conv.createdAt.toISOString(),
    messages: messages.filter((m) => String(m.conversationId) === String(conv._id)).map((m) => exportedMessage(m, userId)),
  }));
});
