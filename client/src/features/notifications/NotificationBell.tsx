import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { paths } from '../../routes/paths';
import { useUnreadNotificationCount } from './notificationsApi';

/** Over this, the badge says "99+" so it stays a small circle on a phone. */
const BADGE_MAX = 99;

/**
 * The header's bell: a link to the inbox named with the unread count ("Notifications, 3 unread"), which live
 * pushes keep current. The number on the bell is for the eyes; the name says it for screen readers.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const format = useFormat();
  const unread = useUnreadNotificationCount();
  const count = unread.data ?? 0;
  return (
    <Link to={paths.notifications} className="bell" aria-label={t('notifications.bell.label', { count })}>
      <svg className="bell__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Zm-2 1H7v-6a5 5 0 0 1 10 0v6Z"
        />
      </svg>
      {count > 0 ? (
        <span className="nav-count" aria-hidden="true">
          {count > BADGE_MAX ? `${format.number(BADGE_MAX)}+` : format.number(count)}
        </span>
      ) : null}
    </Link>
  );
}
