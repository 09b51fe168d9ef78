/**
 * A conversation between a talent and the organisation that owns an opportunity: one per (opportunity, talent).
 * Participants are not stored: they are the talent and the organisation's members at the time of reading, so a
 * colleague who joins later sees the conversation. The newest message is copied here for the list, and each
 * participant's last read time sits in `readAt` (keyed by user id) for unread counts.
 */
import mongoose, { Schema, type HydratedDocument, type InferSchemaType } from 'mongoose';

const conversationSchema = new Schema(
  {
    opportunityId: { type: Schema.Types.ObjectId, ref: 'Opportunity', required: true },
    /** Copied from the opportunity (it never changes), so the rules need no second read. */
    organisationId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    talentId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    startedBy: { type: Schema.Types.ObjectId, default: null },
    /** When something last happened (newest message, or creation): the list's order. */
    lastActivityAt: { type: Date, required: true },
    lastMessage: {
      type: new Schema(
        {
          preview: { type: String, default: '' },
          senderId: { type: Schema.Types.ObjectId, default: null },
          deleted: { type: Boolean, default: false },
          at: { type: Date, required: true },
        },
        { _id: false },
      ),
      default: null,
    },
    /** Each participant's last read time, by user id: `{ "<userId>": Date }`. */
    readAt: { type: Schema.Types.Mixed, default: () => ({}) },
  },
  { timestamps: true, minimize: false },
);
conversationSchema.index({ opportunityId: 1, talentId: 1 }, { unique: true });
// The two sides' lists, newest activity first.
conversationSchema.index({ talentId: 1, lastActivityAt: -1, _id: -1 });
conversationSchema.index({ organisationId: 1, lastActivityAt: -1, _id: -1 });

export type ConversationFields = InferSchemaType<typeof conversationSchema>;
export type ConversationDoc = HydratedDocument<ConversationFields>;
export type StoredConversation = Omit<ConversationFields, 'readAt'> & {
  _id: mongoose.Types.ObjectId;
  readAt: Record<string, Date | undefined>;
  createdAt: Date;
  updatedAt: Date;
};
export const Conversation = mongoose.model('Conversation', conversationSchema);
