/**
 * One message of a conversation: plain text as typed (never HTML), and the sender's documents attached to it
 * (a copy of their name, type and size, for display). When the sender deletes their account the text and
 * attachments are erased, `deleted` is set and the sender becomes null; the message stays so the conversation
 * still reads in order.
 */
import mongoose, { Schema, type HydratedDocument, type InferSchemaType } from 'mongoose';

const attachmentSchema = new Schema(
  {
    documentId: { type: Schema.Types.ObjectId, required: true },
    name: { type: String, required: true },
    mime: { type: String, required: true },
    size: { type: Number, required: true },
  },
  { _id: false },
);

const messageSchema = new Schema(
  {
    conversationId: { type: Schema.Types.ObjectId, ref: 'Conversation', required: true },
    senderId: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    senderSide: { type: String, enum: ['talent', 'organisation'], required: true },
    text: { type: String, default: '' },
    deleted: { type: Boolean, default: false },
    attachments: { type: [attachmentSchema], default: [] },
  },
  { timestamps: { createdAt: true, updatedAt: false }, minimize: false },
);
// A conversation's messages, newest first (and the unread counts, which compare createdAt).
messageSchema.index({ conversationId: 1, createdAt: -1, _id: -1 });
// Erasure and export find a person's messages.
messageSchema.index({ senderId: 1 });

export type MessageFields = InferSchemaType<typeof messageSchema>;
export type MessageDoc = HydratedDocument<MessageFields>;
export type StoredMessage = MessageFields & { _id: mongoose.Types.ObjectId; createdAt: Date };
export const Message = mongoose.model('Message', messageSchema);
