/**
 * How a conversation is named on screen: who is on the other side, and the opportunity it is about (in the
 * reader's language when the organisation wrote the title in it).
 */
import { useTranslation } from 'react-i18next';
import { directionOf, type Conversation, type Me } from '@kafaat/shared';
import { currentLocale } from '../../i18n';
import { pickText } from '../opportunities/localizedText';

/** Talents write to organisations; members of an organisation write to talents. Others have no conversations. */
export function canMessage(user: Me | null | undefined): boolean {
  return !!user && (user.role === 'talent' || user.organisation !== null);
}

/** The other side's name: the organisation for a talent, the talent for the organisation's members. */
export function useOtherParty(): (conversation: Conversation) => string {
  const { t } = useTranslation();
  return (conversation) =>
    conversation.side === 'talent' ? conversation.organisation.name : (conversation.talent?.displayName ?? t('messages.deletedAccount'));
}

/** The opportunity's title as plain text (page titles), in the best language available. */
export function useOpportunityTitle(): (title: Record<string, string>) => string {
  const { t, i18n } = useTranslation();
  const reader = currentLocale(i18n);
  return (title) => pickText(title, reader)?.text ?? t('messages.untitled');
}

/** The opportunity's title marked with the language it is written in, so it reads and sounds right. */
export function OpportunityTitle({ title }: { title: Record<string, string> }) {
  const { t, i18n } = useTranslation();
  const picked = pickText(title, currentLocale(i18n));
  if (!picked) return <span>{t('messages.untitled')}</span>;
  return (
    <span lang={picked.lang} dir={directionOf(picked.lang)}>
      {picked.text}
    </span>
  );
}
