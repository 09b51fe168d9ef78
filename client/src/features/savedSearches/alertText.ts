/**
 * The sentence of a savedSearchAlert notification, for the inbox: "Salma B. matches your saved search “Civil
 * engineers in Rabat”", or "3 new talents match “Civil engineers in Rabat”" when one run found several. Names
 * are isolated so an Arabic name in a French sentence (or the reverse) keeps its direction. A notification
 * without its search (older data) is named by its kind.
 */
import { useTranslation } from 'react-i18next';
import type { Notification } from '@kafaat/shared';
import { isolate } from '../documents/isolate';

export function useSavedSearchAlertSentence(): (notification: Notification) => string {
  const { t } = useTranslation();
  return (notification) => {
    const search = notification.savedSearch;
    if (!search) return t('notifications.kinds.savedSearchAlert.title');
    const name = isolate(search.name);
    if (notification.count > 1) return t('savedSearches.alert.several', { count: notification.count, name });
    return t('savedSearches.alert.single', { actor: isolate(notification.actorName ?? t('notifications.someone')), name });
  };
}
