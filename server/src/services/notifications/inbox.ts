/**
 * Reading and clearing a user's inbox: a page of notifications (newest first, optionally unread only), how many
 * are unread, and marking one or all read. Only the user's own notifications are ever touched.
 */
import { Types } from 'mongoose';
import { notFound } from '../../errors';
import { Notification, type StoredNotification } from '../../models/Notification';
import { afterDateCursor, encodeDateCursor, pageFrom } from '../../routes/cursor';

const inboxOf = (userId: string) => ({ userId: new Types.ObjectId(userId), inbox: true });

export async function listNotifications(userId: string, { cursor, limit, unread }: { cursor?: string; limit: number; unread: boolean }) {
  const docs = await Notification.find({ ...inboxOf(userId), ...(unread ? { readAt: null } : {}), ...afterDateCursor('at', cursor) })
    .sort({ at: -1, _id: -1 })
    .limit(limit + 1)
    .lean<StoredNotification[]>();
  return pageFrom(docs, limit, (last) => encodeDateCursor(last.at, last._id));
}

export function unreadNotificationCount(userId: string): Promise<number> {
  return Notification.countDocuments({ ...inboxOf(userId), readAt: null });
}

/** Marks one of the user's notifications read (again is harmless); someone else's answers 404. */
export async function markNotificationRead(userId: string, id: string): Promise<void> {
  const found = await Notification.findOne({ _id: id, ...inboxOf(userId) }, { readAt: 1 }).lean();
  if (!found) throw notFound('Notification');
  if (!found.readAt) await Notification.updateOne({ _id: found._id, readAt: null }, { $set: { readAt: new Date() } });
}

export async function markAllNotificationsRead(userId: string): Promise<void> {
  await Notification.updateMany({ ...inboxOf(userId), readAt: null }, { $set: { readAt: new Date() } });
}

/** A conversation was read: its gathered message notification is read too. */
export async function markConversationNotificationsRead(userId: string, conversationId: string, at: Date): Promise<void> {
  await Notification.updateMany(
    { userId: new Types.ObjectId(userId), kind: 'message', conversationId: new Types.ObjectId(conversationId), readAt: null, at: { $lte: at } },
    { $set: { readAt: at } },
  );
}
