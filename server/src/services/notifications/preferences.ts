/**
 * Per-user notification preferences: for each kind, in the app (inbox and live push) and in the daily email.
 * Stored as the user's changes over the defaults, so a kind added later starts from its default.
 */
import { DEFAULT_NOTIFICATION_PREFERENCES, NOTIFICATION_KINDS, type NotificationPreferences } from '@kafaat/shared';
import type { Types } from 'mongoose';
import { NotificationSettings, type StoredNotificationSettings } from '../../models/NotificationSettings';

/** The defaults with the stored changes applied. */
export function mergePreferences(stored: StoredNotificationSettings['preferences'] | undefined): NotificationPreferences {
  const merged = structuredClone(DEFAULT_NOTIFICATION_PREFERENCES);
  for (const kind of NOTIFICATION_KINDS) {
    const changed = stored?.[kind];
    if (typeof changed?.inApp === 'boolean') merged[kind].inApp = changed.inApp;
    if (typeof changed?.emailDigest === 'boolean') merged[kind].emailDigest = changed.emailDigest;
  }
  return merged;
}

export async function preferencesOf(userId: Types.ObjectId | string): Promise<NotificationPreferences> {
  const settings = await NotificationSettings.findById(userId, { preferences: 1 }).lean<StoredNotificationSettings>();
  return mergePreferences(settings?.preferences);
}

/** Saves the kinds given (each one whole) and returns every kind's setting. */
export async function updatePreferences(userId: Types.ObjectId | string, patch: Partial<NotificationPreferences>): Promise<NotificationPreferences> {
  const $set: Record<string, unknown> = {};
  for (const [kind, channels] of Object.entries(patch)) if (channels) $set[`preferences.${kind}`] = { inApp: channels.inApp, emailDigest: channels.emailDigest };
  await NotificationSettings.updateOne({ _id: userId }, { $set }, { upsert: true });
  return preferencesOf(userId);
}
