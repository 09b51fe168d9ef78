import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { conversationPath, paths } from '../../routes/paths';
import { useRealtimeEvent } from '../../realtime/context';
import { useCurrentUser } from '../auth/useSession';
import { isolate } from '../documents/isolate';
import { useMarkNotificationRead } from '../notifications/notificationsApi';
import { Composer } from './Composer';
import { useOpportunityTitle, useOtherParty } from './conversationText';
import { MessageThread } from './MessageThread';
import { useConversationReader, useConversations, useMessageSender, useMessages } from './messagesApi';

/** Several messages arriving together are marked read with one request. */
const READ_DELAY_MS = 800;

/** /conversations/:id, the address notifications and emails use, opens the conversation's page. */
export function ConversationLinkRedirect() {
  const { id = '' } = useParams();
  return <Navigate to={conversationPath(id)} replace />;
}

/**
 * /messages/:id: one conversation, its messages, and the composer. Opening it marks it read; messages from the
 * others arrive live, are announced politely to screen readers, and are marked read while the page is in view
 * (or when the person comes back to the tab).
 */
export function ConversationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const user = useCurrentUser();
  const conversations = useConversations();
  const conversation = conversations.data?.pages.flatMap((page) => page.items).find((item) => item.id === id);
  const otherParty = useOtherParty();
  const titleOf = useOpportunityTitle();
  const messages = useMessages(id);
  const send = useMessageSender(id);
  const read = useConversationReader();
  const markNotificationRead = useMarkNotificationRead();
  const [announcement, setAnnouncement] = useState({ text: '', key: 0 });
  const readTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const readWhenVisible = useRef(false);

  const markRead = useCallback(() => {
    clearTimeout(readTimer.current);
    readTimer.current = setTimeout(() => void read(id).catch(() => undefined), READ_DELAY_MS); // Retried on the next message.
  }, [read, id]);

  const loaded = messages.data !== undefined;
  useEffect(() => {
    if (loaded) void read(id).catch(() => undefined);
  }, [loaded, read, id]);

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'visible' && readWhenVisible.current) {
        readWhenVisible.current = false;
        markRead();
      }
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      clearTimeout(readTimer.current);
    };
  }, [markRead]);

  useRealtimeEvent('message.created', ({ conversationId, message }) => {
    if (conversationId !== id || message.sender?.id === user?.id) return;
    const name = isolate(message.sender?.displayName ?? t('messages.deletedAccount'));
    const text = message.deleted ? t('messages.message.deleted') : message.text;
    setAnnouncement((previous) => ({ text: t('messages.conversation.incoming', { name, text }), key: previous.key + 1 }));
    if (document.visibilityState === 'hidden') readWhenVisible.current = true;
    else markRead();
  });

  // The server may file the message's notification after we marked the conversation read: that one is read too.
  useRealtimeEvent('notification.created', ({ notification }) => {
    if (notification.kind !== 'message' || notification.readAt || notification.link !== `/conversations/${id}`) return;
    if (document.visibilityState !== 'hidden') markNotificationRead.mutate(notification);
  });

  const title = conversation ? titleOf(conversation.opportunity.title) : t('messages.conversation.title');
  const lead = conversation ? t('messages.conversation.with', { name: isolate(otherParty(conversation)) }) : undefined;
  const mySide = user?.role === 'talent' ? 'talent' : 'organisation';

  return (
    <Page title={title} lead={lead} wide>
      <p className="back-link">
        <Link to={paths.messages}>
          <span className="arrow arrow--back" aria-hidden="true" /> {t('messages.conversation.back')}
        </Link>
      </p>
      <div className="conversation">
        {/* Keyed by conversation: going from one to another never carries a draft or a scroll position over. */}
        <MessageThread key={id} conversationId={id} meId={user?.id} mySide={mySide} />
        <p role="status" className="visually-hidden">
          <span key={announcement.key}>{announcement.text}</span>
        </p>
        {loaded ? (
          <Composer
            key={id}
            send={send}
            label={t('messages.composer.label')}
            canAttach={user?.role === 'talent'}
            onSent={() => setAnnouncement((previous) => ({ text: t('messages.composer.sent'), key: previous.key + 1 }))}
          />
        ) : null}
      </div>
    </Page>
  );
}
