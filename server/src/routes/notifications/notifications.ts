/**
 * The signed-in user's notifications: the inbox (newest first, with the unread count), marking one or all read,
 * and the preferences per kind (in the app, in the daily email). New notifications are pushed live
 * (realtime/notificationEmitter.ts).
 */
import {
  NotificationIdParamsSchema,
  NotificationListQuerySchema,
  NotificationListSchema,
  NotificationPreferencesPatchSchema,
  NotificationPreferencesSchema,
  NotificationUnreadSchema,
} from '@kafaat/shared';
import { requireUser } from '../../middlewares/authenticate';
import type { ServiceContext } from '../../services/context';
import '../../services/notifications/accountData';
import { listNotifications, markAllNotificationsRead, markNotificationRead, unreadNotificationCount } from '../../services/notifications/inbox';
import { preferencesOf, updatePreferences } from '../../services/notifications/preferences';
import { presentNotification } from '../../presenters/notification';
import { defineRoute } from '../define';

const tags = ['notifications'];
const before = [requireUser];

export function notificationRoutes(_ctx: ServiceContext) {
  return [
    defineRoute({
      method: 'get',
      path: '/notifications',
      summary: 'The inbox, newest first (unread=true for unread ones only), with how many are unread',
      tags,
      before,
      request: { query: NotificationListQuerySchema },
      responses: { 200: { description: 'A page of notifications', schema: NotificationListSchema } },
      handler: async (req, res) => {
        const userId = String(req.user!._id);
        const [{ page, nextCursor }, unreadCount] = await Promise.all([listNotifications(userId, req.input.query), unreadNotificationCount(userId)]);
        res.json({ items: page.map(presentNotification), nextCursor, unreadCount });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/notifications/:id/read',
      summary: 'Mark one notification read',
      tags,
      before,
      request: { params: NotificationIdParamsSchema },
      responses: { 200: { description: 'Read', schema: NotificationUnreadSchema }, 404: { description: 'Not one of the user’s notifications' } },
      handler: async (req, res) => {
        const userId = String(req.user!._id);
        await markNotificationRead(userId, req.input.params.id);
        res.json({ unreadCount: await unreadNotificationCount(userId) });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/notifications/read-all',
      summary: 'Mark every notification read',
      tags,
      before,
      responses: { 200: { description: 'All read', schema: NotificationUnreadSchema } },
      handler: async (req, res) => {
        const userId = String(req.user!._id);
        await markAllNotificationsRead(userId);
        res.json({ unreadCount: await unreadNotificationCount(userId) });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/me/notification-preferences',
      summary: 'For each kind of notification: in the app, and in the daily email',
      tags,
      before,
      responses: { 200: { description: 'Every kind’s setting', schema: NotificationPreferencesSchema } },
      handler: async (req, res) => {
        res.json(await preferencesOf(req.user!._id));
      },
    }),
    defineRoute({
      method: 'put',
      path: '/me/notification-preferences',
      summary: 'Change the setting of some kinds (each one given whole); the others keep theirs',
      tags,
      before,
      request: { body: NotificationPreferencesPatchSchema },
      responses: { 200: { description: 'Every kind’s setting, as saved', schema: NotificationPreferencesSchema }, 400: { description: 'Unknown kind or missing channel' } },
      handler: async (req, res) => {
        res.json(await updatePreferences(req.user!._id, req.input.body));
      },
    }),
  ];
}
