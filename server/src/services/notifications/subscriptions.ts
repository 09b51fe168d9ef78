/**
 * Where notifications come from: the pipeline's events (an invitation, a stage change, an application, a
 * confirmed mission) and new messages, heard on the in-process bus. Each handler looks up the names it shows
 * (payloads carry ids only) and notifies the event's recipients. Called once by createApp.
 *
 * Two kinds come from periodic jobs instead, which call `notify` themselves: savedSearchAlert
 * (services/savedSearches/alertChecker.ts) and newMatch (services/matching/newMatchNotifier.ts).
 */
import type { ApplicationRef } from '@kafaat/shared';
import { Message } from '../../models/Message';
import { Opportunity } from '../../models/Opportunity';
import { Organisation } from '../../models/Organisation';
import { User } from '../../models/User';
import { on } from '../events';
import { cleanTitle } from '../messages/conversationViews';
import '../messages/messageEvents';
import { markConversationNotificationsRead } from './inbox';
import { notify, type NotificationInput } from './notifier';

const PREVIEW_LENGTH = 140;

/** The opportunity as a notification shows it. */
async function opportunityOf(id: string) {
  const opp = await Opportunity.findById(id, { title: 1 }).lean();
  return opp ? { id, title: cleanTitle(opp.title) } : null;
}

/** Who made a pipeline change: the talent by name, or the organisation (its members act in its name). */
async function pipelineActorName(ref: ApplicationRef): Promise<string | null> {
  if (ref.actorId === ref.talentId) return (await User.findById(ref.actorId, { displayName: 1 }).lean())?.displayName ?? null;
  return (await Organisation.findById(ref.organisationId, { name: 1 }).lean())?.name ?? null;
}

/** Notifies every recipient of an application event. */
async function notifyApplication(ref: ApplicationRef, fields: Pick<NotificationInput, 'kind' | 'stage'>): Promise<void> {
  const [opportunity, actorName] = await Promise.all([opportunityOf(ref.opportunityId), pipelineActorName(ref)]);
  const link = `/applications/${ref.applicationId}`;
  for (const userId of new Set(ref.recipientIds)) {
    await notify({ userId, link, actorId: ref.actorId, actorName, opportunity, applicationId: ref.applicationId, ...fields });
  }
}

/** Subscribes notifications to the bus; returns the function that unsubscribes them all. */
export function subscribeNotifications(): () => void {
  const offs = [
    on('application.invited', (e) => notifyApplication(e, { kind: 'invitation' })),
    on('application.submitted', (e) => notifyApplication(e, { kind: 'stageChanged', stage: 'applied' })),
    on('application.stageChanged', (e) => notifyApplication(e, { kind: 'stageChanged', stage: e.to })),
    on('mission.confirmed', (e) => notifyApplication(e, { kind: 'missionConfirmed' })),
    on('message.sent', async (e) => {
      const [message, sender, opportunity] = await Promise.all([
        Message.findById(e.messageId, { text: 1 }).lean(),
        User.findById(e.senderId, { displayName: 1 }).lean(),
        opportunityOf(e.opportunityId),
      ]);
      const preview = (message?.text ?? '').slice(0, PREVIEW_LENGTH);
      for (const userId of e.recipientIds) {
        await notify({
          userId,
          kind: 'message',
          link: `/conversations/${e.conversationId}`,
          actorId: e.senderId,
          actorName: sender?.displayName ?? null,
          opportunity,
          preview,
          conversationId: e.conversationId,
        });
      }
    }),
    on('conversation.read', (e) => markConversationNotificationsRead(e.userId, e.conversationId, new Date(e.readAt))),
  ];
  return () => offs.forEach((off) => off());
}
