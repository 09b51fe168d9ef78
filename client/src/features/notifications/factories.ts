/** Test factories: notifications and inbox pages as the API returns them. */
import { DEFAULT_NOTIFICATION_PREFERENCES, type Notification, type NotificationPreferences } from '@kafaat/shared';
import { CONVERSATION_ID, OPPORTUNITY_ID } from '../messages/factories';

let sequence = 0;

/** An unread notification of a new message from Salma about the civil engineering job. */
export function buildNotification(overrides: Partial<Notification> = {}): Notification {
  sequence += 1;
  return {
    id: `88e0000000000000000${String(sequence).padStart(5, '0')}`,
    kind: 'message',
    link: `/conversations/${CONVERSATION_ID}`,
    actorName: 'Salma RH',
    opportunity: { id: OPPORTUNITY_ID, title: { fr: 'Ingénieure civile', en: 'Civil engineer' } },
    stage: null,
    preview: 'Bonjour Amina, êtes-vous disponible ?',
    count: 1,
    readAt: null,
    createdAt: '2026-03-12T09:30:00.000Z',
    ...overrides,
  };
}

/** GET /notifications. */
export function inboxPage(items: Notification[], unreadCount = items.filter((item) => item.readAt === null).length, nextCursor: string | null = null) {
  return { items, nextCursor, unreadCount };
}

/** Everything on, as the server starts. */
export function buildPreferences(overrides: Partial<NotificationPreferences> = {}): NotificationPreferences {
  return { ...DEFAULT_NOTIFICATION_PREFERENCES, ...overrides };
}
