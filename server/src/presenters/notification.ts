/** Notifications as their recipient sees them: the facts the client words in the user's language. */
import type { Notification } from '@kafaat/shared';
import type { StoredNotification } from '../models/Notification';

export function presentNotification(n: StoredNotification): Notification {
  return {
    id: String(n._id),
    kind: n.kind,
    link: n.link,
    actorName: n.actorName ?? null,
    opportunity: n.opportunity ? { id: String(n.opportunity.id), title: (n.opportunity.title ?? {}) as Record<string, string> } : null,
    stage: n.stage ?? null,
    savedSearch: n.savedSearch ? { id: String(n.savedSearch.id), name: n.savedSearch.name, profileIds: (n.savedSearch.profileIds ?? []).map(String) } : null,
    preview: n.preview ?? null,
    count: n.count ?? 1,
    readAt: n.readAt ? n.readAt.toISOString() : null,
    createdAt: n.at.toISOString(),
  };
}
