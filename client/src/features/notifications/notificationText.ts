/**
 * A notification in words, in the reader's language: the server sends facts (who, which opportunity, which stage,
 * how many messages) and each kind has its sentence here, with the names isolated so an Arabic title in a French
 * sentence (or the reverse) keeps its direction. And where a notification leads, kept on this site.
 */
import { useTranslation } from 'react-i18next';
import { APPLICATION_STAGES, type ApplicationStage, type Notification } from '@kafaat/shared';
import { conversationPath, paths, safeNextPath } from '../../routes/paths';
import { isolate } from '../documents/isolate';
import { useOpportunityTitle } from '../messages/conversationText';
import { useSavedSearchAlertSentence } from '../savedSearches/alertText';

function isStage(stage: string | null): stage is ApplicationStage {
  return (APPLICATION_STAGES as readonly string[]).includes(stage ?? '');
}

/** The sentence of each notification. */
export function useNotificationSentence(): (notification: Notification) => string {
  const { t } = useTranslation();
  const titleOf = useOpportunityTitle();
  const savedSearchSentence = useSavedSearchAlertSentence();
  return (notification) => {
    const actor = isolate(notification.actorName ?? t('notifications.someone'));
    const opportunity = isolate(notification.opportunity ? titleOf(notification.opportunity.title) : t('notifications.anOpportunity'));
    switch (notification.kind) {
      case 'invitation':
        return t('notifications.kinds.invitation.sentence', { actor, opportunity });
      case 'stageChanged': {
        const stage = isStage(notification.stage) ? t(`notifications.stages.${notification.stage}`) : (notification.stage ?? '');
        return t('notifications.kinds.stageChanged.sentence', { actor, opportunity, stage });
      }
      case 'message':
        return t('notifications.kinds.message.sentence', { actor, opportunity, count: notification.count });
      case 'newMatch':
        return t('notifications.kinds.newMatch.sentence', { opportunity });
      case 'savedSearchAlert':
        return savedSearchSentence(notification);
      case 'missionConfirmed':
        return t('notifications.kinds.missionConfirmed.sentence', { opportunity });
    }
  };
}

/**
 * The page a notification opens: conversations at their page here (the server links /conversations/:id),
 * anything else as given when it stays on this site, otherwise the inbox.
 */
export function notificationTarget(link: string): string {
  const conversation = /^\/conversations\/([a-f0-9]{24})$/.exec(link);
  if (conversation?.[1]) return conversationPath(conversation[1]);
  return safeNextPath(link, paths.notifications);
}
