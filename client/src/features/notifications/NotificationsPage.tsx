import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Notification } from '@kafaat/shared';
import { Page } from '../../components/Page';
import { LoadError, LoadMore, Loading } from '../../components/QueryStatus';
import { StatusLine } from '../../components/StatusLine';
import { useFormat } from '../../i18n/format';
import { paths } from '../../routes/paths';
import { notificationTarget, useNotificationSentence } from './notificationText';
import { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications, useUnreadNotificationCount } from './notificationsApi';

/** The address's filter: ?show=unread lists unread notifications only (a link, so Back returns to the other). */
const UNREAD_FILTER = 'unread';

/**
 * /notifications: what happened that concerns the person, newest first, each a link to where it happened (opening
 * it marks it read); all of them or unread only; "mark all as read"; and the way to the settings. New ones
 * arrive live at the top.
 */
export function NotificationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params] = useSearchParams();
  const unreadOnly = params.get('show') === UNREAD_FILTER;
  const list = useNotifications(unreadOnly);
  const unread = useUnreadNotificationCount();
  const markAll = useMarkAllNotificationsRead();
  const [status, setStatus] = useState<string | null>(null);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const unreadCount = unread.data ?? 0;

  return (
    <Page title={t('notifications.page.title')} lead={t('notifications.page.lead')}>
      <div className="actions notifications-actions">
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={unreadCount === 0 || markAll.isPending}
          onClick={() => markAll.mutate(undefined, { onSuccess: () => setStatus(t('notifications.page.allRead')) })}
        >
          {markAll.isPending ? t('notifications.page.markingAll') : t('notifications.page.markAll')}
        </button>
        <Link to={paths.notificationSettings}>{t('notifications.page.settings')}</Link>
      </div>
      <StatusLine message={status} />
      {markAll.isError ? <LoadError error={markAll.error} /> : null}

      <nav className="filter-tabs" aria-label={t('notifications.filter.label')}>
        <Link to={paths.notifications} aria-current={unreadOnly ? undefined : 'page'}>
          {t('notifications.filter.all')}
        </Link>
        <Link to={`${paths.notifications}?show=${UNREAD_FILTER}`} aria-current={unreadOnly ? 'page' : undefined}>
          {t('notifications.filter.unread', { unread: format.number(unreadCount) })}
        </Link>
      </nav>

      {list.isPending ? (
        <Loading />
      ) : !list.data ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <div className="empty">
          {unreadOnly ? (
            <p>
              {t('notifications.page.emptyUnread')} <Link to={paths.notifications}>{t('notifications.page.seeAll')}</Link>
            </p>
          ) : (
            <p>{t('notifications.page.empty')}</p>
          )}
        </div>
      ) : (
        <>
          <ul className="item-list notification-list">
            {items.map((notification) => (
              <NotificationItem key={notification.id} notification={notification} />
            ))}
          </ul>
          <LoadMore hasNextPage={list.hasNextPage} isFetchingNextPage={list.isFetchingNextPage} fetchNextPage={list.fetchNextPage} />
          {list.isFetchNextPageError ? <LoadError error={list.error} onRetry={() => void list.fetchNextPage()} /> : null}
        </>
      )}
    </Page>
  );
}

function NotificationItem({ notification }: { notification: Notification }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sentence = useNotificationSentence();
  const markRead = useMarkNotificationRead();
  const unread = notification.readAt === null;
  return (
    <li className={`item notification-item${unread ? ' notification-item--unread' : ''}`}>
      <p className="notification-item__text">
        {unread ? <span className="badge badge--unread">{t('notifications.item.new')}</span> : null}{' '}
        <Link to={notificationTarget(notification.link)} onClick={() => (unread ? markRead.mutate(notification) : undefined)}>
          {sentence(notification)}
        </Link>
      </p>
      {notification.preview ? (
        <p className="notification-item__preview" dir="auto">
          {notification.preview}
        </p>
      ) : null}
      <p className="item__meta">
        <time dateTime={notification.createdAt}>{format.dateTime(notification.createdAt)}</time>
      </p>
    </li>
  );
}
