import { useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationSide, Message } from '@kafaat/shared';
import { API_BASE } from '../../api/session';
import { LoadError, Loading } from '../../components/QueryStatus';
import { useFormat } from '../../i18n/format';
import { useFileSize } from '../documents/fileSize';
import { useMessages } from './messagesApi';

/** How close to the bottom (px) still counts as "reading the newest", so a new message scrolls into view. */
const NEAR_BOTTOM = 80;

type MessageThreadProps = {
  conversationId: string;
  /** The signed-in person: their messages say "You". */
  meId: string | undefined;
  /** Their side: its messages sit at the end of the line (the right in French, the left in Arabic). */
  mySide: ConversationSide;
};

/**
 * A conversation's messages, oldest at the top, in a scrollable region that keyboards can scroll too. It opens
 * at the newest message and follows new ones while the reader is at the bottom; "load earlier" adds older ones
 * above without moving what the reader is looking at.
 */
export function MessageThread({ conversationId, meId, mySide }: MessageThreadProps) {
  const { t } = useTranslation();
  const messages = useMessages(conversationId);
  const scroller = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const fromBottom = useRef<number | null>(null);
  const ordered = useMemo(() => (messages.data?.pages.flatMap((page) => page.items) ?? []).slice().reverse(), [messages.data]);
  const newest = ordered.at(-1);
  const oldestId = ordered[0]?.id;

  // Older messages were added above: keep the same distance from the bottom, so nothing jumps.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || fromBottom.current === null) return;
    element.scrollTop = element.scrollHeight - fromBottom.current;
    fromBottom.current = null;
  }, [oldestId]);

  // A newer message (or the first load): follow it if the reader was at the bottom, or if they wrote it.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || !newest) return;
    if (atBottom.current || newest.sender?.id === meId) element.scrollTop = element.scrollHeight;
  }, [newest, meId]);

  function onScroll() {
    const element = scroller.current;
    if (element) atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < NEAR_BOTTOM;
  }

  async function loadEarlier() {
    const element = scroller.current;
    if (element) fromBottom.current = element.scrollHeight - element.scrollTop;
    const result = await messages.fetchNextPage();
    // The button is gone at the start of the conversation: keep keyboard focus in the thread.
    if (!result.hasNextPage) scroller.current?.focus();
  }

  if (messages.isPending) return <Loading />;
  if (!messages.data) return <LoadError error={messages.error} onRetry={() => void messages.refetch()} />;

  return (
    <div ref={scroller} className="thread" tabIndex={0} role="region" aria-label={t('messages.conversation.history')} onScroll={onScroll}>
      {messages.hasNextPage ? (
        <p className="thread__earlier">
          <button type="button" className="button button--secondary button--small" onClick={() => void loadEarlier()} disabled={messages.isFetchingNextPage}>
            {messages.isFetchingNextPage ? t('common.loadingMore') : t('messages.conversation.loadEarlier')}
          </button>
        </p>
      ) : (
        <p className="thread__start">{t('messages.conversation.start')}</p>
      )}
      {messages.isFetchNextPageError ? <LoadError error={messages.error} /> : null}
      <ol className="thread__list">
        {ordered.map((message) => (
          <MessageItem key={message.id} message={message} mine={!!meId && message.sender?.id === meId} ours={message.sender?.side === mySide} />
        ))}
      </ol>
    </div>
  );
}

/**
 * One message. The text is a text node (never HTML) with its line breaks kept and its own direction (an Arabic
 * message in a French page reads right to left); attachments are download links.
 */
function MessageItem({ message, mine, ours }: { message: Message; mine: boolean; ours: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const fileSize = useFileSize();
  const sender = mine ? t('messages.message.you') : (message.sender?.displayName ?? t('messages.deletedAccount'));
  return (
    <li className={`message${ours ? ' message--ours' : ' message--theirs'}${mine ? ' message--mine' : ''}`}>
      <div className="message__bubble">
        <p className="message__sender">
          <bdi>{sender}</bdi>
        </p>
        {message.deleted ? (
          <p className="message__text message__text--deleted">{t('messages.message.deleted')}</p>
        ) : (
          <p className="message__text" dir="auto">
            {message.text}
          </p>
        )}
        {message.attachments.length > 0 ? (
          <ul className="message__attachments" aria-label={t('messages.message.attachments')}>
            {message.attachments.map((attachment) => (
              <li key={attachment.id}>
                <a href={`${API_BASE}/documents/${encodeURIComponent(attachment.id)}/file`} download={attachment.name}>
                  <bdi>{attachment.name}</bdi>
                </a>{' '}
                <span className="message__size">({fileSize(attachment.size)})</span>
              </li>
            ))}
          </ul>
        ) : null}
        <p className="message__time">
          <time dateTime={message.createdAt}>{format.dateTime(message.createdAt)}</time>
        </p>
      </div>
    </li>
  );
}
