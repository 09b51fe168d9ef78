import { z } from 'zod';
import { ObjectIdSchema } from './organisation';

/**
 * In-app notifications: what happened that concerns the user (an invitation, a stage change, a message…), kept
 * in an inbox, pushed live, and summed up in a daily email for those who want it. The client words each kind
 * in the user's language from the fields below; the server stores no sentence.
 */

export const NOTIFICATION_KINDS = ['invitation', 'stageChanged', 'message', 'newMatch', 'savedSearchAlert', 'missionConfirmed'] as const;
export const NotificationKindSchema = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof NotificationKindSchema>;

/** A notification as its recipient sees it. */
export const NotificationSchema = z.object({
  id: z.string(),
  kind: NotificationKindSchema,
  /** The client page it opens, e.g. "/conversations/…" or "/applications/…". */
  link: z.string(),
  /** Who did it: the organisation or the person; null when unknown or their account was deleted. */
  actorName: z.string().nullable(),
  /** The opportunity concerned, with its title in the languages it was written in. */
  opportunity: z.object({ id: z.string(), title: z.record(z.string(), z.string()) }).nullable(),
  /** The new stage (stageChanged). */
  stage: z.string().nullable(),
  /** The first characters of the newest message (message). */
  preview: z.string().nullable(),
  /**
   * The saved search that found new talents (savedSearchAlert): its id and name, and the talents found (their
   * number is `count`; the one talent's name is `actorName` when there is only one). Absent for other kinds.
   */
  savedSearch: z.object({ id: z.string(), name: z.string(), profileIds: z.array(z.string()) }).nullable().optional(),
  /** How many events this notification gathers (several messages in one conversation make one notification). */
  count: z.number().int().min(1),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Notification = z.infer<typeof NotificationSchema>;

/** GET /api/v1/notifications. */
export const NotificationListQuerySchema = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  unread: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});

export const NotificationListSchema = z.object({
  items: z.array(NotificationSchema),
  nextCursor: z.string().nullable(),
  unreadCount: z.number().int(),
});

export const NotificationIdParamsSchema = z.strictObject({ id: ObjectIdSchema });

/** Answer of the read actions: how many are still unread. */
export const NotificationUnreadSchema = z.object({ unreadCount: z.number().int() });

/** What the user wants for one kind: in the app (inbox and live), in the daily email. */
export const NotificationChannelsSchema = z.strictObject({ inApp: z.boolean(), emailDigest: z.boolean() });

/** GET/PUT /api/v1/me/notification-preferences: every kind, both channels. */
export const NotificationPreferencesSchema = z.strictObject(
  Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, NotificationChannelsSchema])) as Record<NotificationKind, typeof NotificationChannelsSchema>,
);
export type NotificationPreferences = z.infer<typeof NotificationPreferencesSchema>;

/** Until the user changes them: everything in the app and in the daily email. */
export const DEFAULT_NOTIFICATION_PREFERENCES: NotificationPreferences = Object.fromEntries(
  NOTIFICATION_KINDS.map((kind) => [kind, { inApp: true, emailDigest: true }]),
) as NotificationPreferences;

/** PUT body: only the kinds that change; the others keep their setting. */
export const NotificationPreferencesPatchSchema = NotificationPreferencesSchema.partial().refine((p) => Object.keys(p).length > 0, {
  message: 'nothing to save',
});
