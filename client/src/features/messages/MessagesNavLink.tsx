import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { paths } from '../../routes/paths';
import { useCurrentUser } from '../auth/useSession';
import { canMessage } from './conversationText';
import { useConversations } from './messagesApi';

/**
 * "Messages" in the header, with how many messages are unread in the recent conversations (the first page of the
 * list, kept current by live pushes). Nothing for people who cannot have conversations.
 */
export function MessagesNavLink() {
  const { t } = useTranslation();
  const format = useFormat();
  const user = useCurrentUser();
  const allowed = canMessage(user);
  const conversations = useConversations(allowed);
  if (!allowed) return null;
  const unread = conversations.data?.pages.reduce((sum, page) => sum + page.items.reduce((count, item) => count + item.unreadCount, 0), 0) ?? 0;
  return (
    <Link to={paths.messages} className="nav-count-link" aria-label={t('messages.nav.label', { count: unread })}>
      {t('messages.nav.text')}
      {unread > 0 ? (
        <span className="nav-count" aria-hidden="true">
          {format.number(unread)}
        </span>
      ) : null}
    </Link>
  );
}
