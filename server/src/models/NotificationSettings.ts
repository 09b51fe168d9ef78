/**
 * A user's notification settings, one document per user (_id is the user id), created on first change or
 * first digest: which kinds they want in the app and in the daily email (only the kinds they changed are
 * stored; the rest follow the defaults), and when their last digest was sent, so none is ever sent twice.
 */
import mongoose, { Schema } from 'mongoose';

const notificationSettingsSchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    /** `{ [kind]: { inApp, emailDigest } }` for the kinds the user changed. */
    preferences: { type: Schema.Types.Mixed, default: () => ({}) },
    lastDigestAt: { type: Date, default: null },
  },
  { timestamps: true, minimize: false },
);

export interface StoredNotificationSettings {
  _id: mongoose.Types.ObjectId;
  preferences: Record<string, { inApp?: boolean; emailDigest?: boolean } | undefined>;
  lastDigestAt: Date | null;
}
export const NotificationSettings = mongoose.model('NotificationSettings', notificationSettingsSchema, 'notification_settings');
