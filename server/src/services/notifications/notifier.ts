/**
 * Puts a notification in a user's inbox, as their preferences allow: nothing when they want the kind neither
 * in the app nor in the daily email; stored but kept out of the inbox when they want it by email only. A new
 * message of a conversation that already has an unread notification grows that one instead of adding another.
 * For the inbox, `notification.created` goes on the bus and the live push follows.
 */
import type { NotificationKind } from '@kafaat/shared';
import { Types } from 'mongoose';
import { Notification, type StoredNotification } from '../../models/Notification';
import { emit } from '../events';
import { preferencesOf } from './preferences';
import './notificationEvents';

export interface NotificationInput {
  userId: string;
  kind: NotificationKind;
  /** Client page it opens. */
  link: string;
  actorId?: string | null;
  actorName?: string | null;
  opportunity?: { id: string; title: Record<string, string> } | null;
  stage?: string | null;
  preview?: string | null;
  applicationId?: string | null;
  /** For messages: notifications of one conversation gather while unread. */
  conversationId?: string | null;
  /** savedSearchAlert: the search and the talents it newly found. */
  savedSearch?: { id: string; name: string; profileIds: string[] } | null;
  /** How many events it stands for (e.g. talents found); 1 when not given. Messages count themselves. */
  count?: number;
}

const oid = (id: string | null | undefined) => (id ? new Types.ObjectId(id) : null);

export async function notify(input: NotificationInput): Promise<StoredNotification | null> {
  const channels = (await preferencesOf(input.userId))[input.kind];
  if (!channels.inApp && !channels.emailDigest) return null;
  const at = new Date();
  const fields = {
    inbox: channels.inApp,
    link: input.link,
    actorId: oid(input.actorId),
    actorName: input.actorName ?? null,
    opportunity: input.opportunity ? { id: new Types.ObjectId(input.opportunity.id), title: input.opportunity.title } : null,
    stage: input.stage ?? null,
    preview: input.preview ?? null,
    applicationId: oid(input.applicationId),
    savedSearch: input.savedSearch ? { id: new Types.ObjectId(input.savedSearch.id), name: input.savedSearch.name, profileIds: input.savedSearch.profileIds.map((id) => new Types.ObjectId(id)) } : null,
    at,
  };
  const userId = new Types.ObjectId(input.userId);
  let notification: StoredNotification | null;
  if (input.kind === 'message' && input.conversationId) {
    notification = await Notification.findOneAndUpdate(
      { userId, kind: 'message', conversationId: new Types.ObjectId(input.conversationId), readAt: null },
      { $set: fields, $inc: { count: 1 } },
      { upsert: true, returnDocument: 'after' },
    ).lean<StoredNotification>();
  } else {
    notification = (await Notification.create({ userId, kind: input.kind, conversationId: oid(input.conversationId), count: input.count ?? 1, ...fields })).toObject() as StoredNotification;
  }
  if (notification && channels.inApp) await emit('notification.created', { notificationId: String(notification._id), userId: input.userId });
  return notification;
}
