/**
 * One entry of a user's notification inbox. It stores what the client needs to word it in the user's language
 * (kind, who, which opportunity, the new stage, a message preview), never a sentence. Messages of one
 * conversation gather into one unread notification (`count` grows, `at` moves forward). `inbox` is false when
 * the user turned the kind off in the app but still wants it in the daily email.
 */
import mongoose, { Schema, type HydratedDocument, type InferSchemaType } from 'mongoose';
import { NOTIFICATION_KINDS } from '@kafaat/shared';

const notificationSchema = new Schema(
  {
    userId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    kind: { type: String, enum: NOTIFICATION_KINDS, required: true },
    inbox: { type: Boolean, default: true },
    /** Client page it opens. */
    link: { type: String, required: true },
    /** Who did it, to blank their name when they delete their account. */
    actorId: { type: Schema.Types.ObjectId, default: null },
    actorName: { type: String, default: null },
    opportunity: {
      type: new Schema({ id: { type: Schema.Types.ObjectId, required: true }, title: { type: Schema.Types.Mixed, default: {} } }, { _id: false }),
      default: null,
    },
    stage: { type: String, default: null },
    preview: { type: String, default: null },
    applicationId: { type: Schema.Types.ObjectId, default: null },
    /** savedSearchAlert: the search and the talents it newly found (ids; names stay in the search's owner's view). */
    savedSearch: {
      type: new Schema({ id: { type: Schema.Types.ObjectId, required: true }, name: { type: String, required: true }, profileIds: { type: [Schema.Types.ObjectId], default: [] } }, { _id: false }),
      default: null,
    },
    /** Messages of this conversation gather here while it is unread. */
    conversationId: { type: Schema.Types.ObjectId, default: null },
    count: { type: Number, default: 1 },
    /** When the newest event it gathers happened: the inbox's order and the digest's window. */
    at: { type: Date, required: true },
    readAt: { type: Date, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false }, minimize: false },
);
// The inbox, newest first; unread counts; the digest's scan of recent unread ones; erasure of an actor's name.
notificationSchema.index({ userId: 1, at: -1, _id: -1 });
notificationSchema.index({ userId: 1, readAt: 1 });
notificationSchema.index({ readAt: 1, at: -1 });
notificationSchema.index({ actorId: 1 });

export type NotificationFields = InferSchemaType<typeof notificationSchema>;
export type NotificationDoc = HydratedDocument<NotificationFields>;
export type StoredNotification = NotificationFields & { _id: mongoose.Types.ObjectId; createdAt: Date };
export const Notification = mongoose.model('Notification', notificationSchema);
