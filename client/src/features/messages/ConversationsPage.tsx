import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Conversation } from '@kafaat/shared';
import { Page } from '../../components/Page';
import { LoadError, LoadMore, Loading } from '../../components/QueryStatus';
import { useFormat } from '../../i18n/format';
import { conversationPath } from '../../routes/paths';
import { useCurrentUser } from '../auth/useSession';
import { OpportunityTitle, useOtherParty } from './conversationText';
import { useConversations } from './messagesApi';

/**
 * /messages: the person's conversations, the newest activity first (a message arriving live moves its
 * conversation up), each with who it is with, what it is about, the newest message and how many are unread.
 */
export function ConversationsPage() {
  const { t } = useTranslation();
  const conversations = useConversations();
  const items = conversations.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Page title={t('messages.list.title')} lead={t('messages.list.lead')}>
      {conversations.isPending ? (
        <Loading />
      ) : !conversations.data ? (
        <LoadError error={conversations.error} onRetry={() => void conversations.refetch()} />
      ) : items.length === 0 ? (
        <EmptyConversations />
      ) : (
        <>
          <ul className="item-list conversation-list">
            {items.map((conversation) => (
              <ConversationItem key={conversation.id} conversation={conversation} />
            ))}
          </ul>
          <LoadMore hasNextPage={conversations.hasNextPage} isFetchingNextPage={conversations.isFetchingNextPage} fetchNextPage={conversations.fetchNextPage} />
          {conversations.isFetchNextPageError ? <LoadError error={conversations.error} onRetry={() => void conversations.fetchNextPage()} /> : null}
        </>
      )}
    </Page>
  );
}

/** What to do when there is nothing yet: where conversations start, for each side. */
function EmptyConversations() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <div className="empty">
      <p>{t('messages.list.empty')}</p>
      <p>{user?.role === 'talent' ? t('messages.list.emptyTalent') : t('messages.list.emptyOrganisation')}</p>
    </div>
  );
}

function ConversationItem({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation();
  const format = useFormat();
  const user = useCurrentUser();
  const otherParty = useOtherParty();
  const { lastMessage, unreadCount } = conversation;
  const unread = unreadCount > 0;
  const mine = !!lastMessage && lastMessage.senderId === user?.id;

  return (
    <li className={`item conversation-item${unread ? ' conversation-item--unread' : ''}`}>
      <p className="item__title">
        <Link to={conversationPath(conversation.id)} className="conversation-item__link">
          <bdi>{otherParty(conversation)}</bdi>
          <span className="visually-hidden">{t('messages.list.separator')}</span>
          <span className="conversation-item__about">
            <OpportunityTitle title={conversation.opportunity.title} />
          </span>
        </Link>
        {unread ? <span className="badge badge--unread">{t('messages.list.unread', { count: unreadCount })}</span> : null}
      </p>
      {lastMessage ? (
        <p className="conversation-item__preview">
          {mine ? <span className="conversation-item__you">{t('messages.list.you')} </span> : null}
          {lastMessage.deleted ? <em>{t('messages.message.deleted')}</em> : <span dir="auto">{lastMessage.preview}</span>}
        </p>
      ) : null}
      <p className="item__meta">
        <time dateTime={conversation.lastActivityAt}>{format.dateTime(conversation.lastActivityAt)}</time>
      </p>
    </li>
  );
}
