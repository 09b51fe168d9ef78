/**
 * What notifications add to "download my data" and "delete my account". Imported by the notifications routes,
 * so the app registers both when it mounts them. Erasure deletes the person's inbox and settings, and blanks
 * their name and message previews in other people's notifications.
 */
import { Types } from 'mongoose';
import { Notification, type StoredNotification } from '../../models/Notification';
import { NotificationSettings, type StoredNotificationSettings } from '../../models/NotificationSettings';
import { presentNotification } from '../../presenters/notification';
import { registerErasureStep } from '../accounts/accountEraser';
import { registerExportSection } from '../accounts/accountExporter';
import { mergePreferences } from './preferences';

registerErasureStep('notifications', async ({ userId }) => {
  const id = new Types.ObjectId(String(userId));
  await Notification.deleteMany({ userId: id });
  await NotificationSettings.deleteOne({ _id: id });
  await Notification.updateMany({ actorId: id }, { $set: { actorId: null, actorName: null, preview: null } });
});

registerExportSection('notifications', async ({ user }) => {
  const [settings, items] = await Promise.all([
    NotificationSettings.findById(user._id).lean<StoredNotificationSettings>(),
    Notification.find({ userId: user._id }).sort({ at: 1, _id: 1 }).lean<StoredNotification[]>(),
  ]);
  return {
    preferences: mergePreferences(settings?.preferences),
    lastDigestAt: settings?.lastDigestAt ? settings.lastDigestAt.toISOString() : null,
    items: items.map((n) => ({ ...presentNotification(n), shownInApp: n.inbox !== false })),
  };
});
