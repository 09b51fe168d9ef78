/**
 * Turns stored conversations and messages into what the API returns, loading the names they show in one query
 * per kind (opportunities, organisations, people) instead of one per row.
 */
import type { Conversation as ConversationView, Message as MessageView } from '@kafaat/shared';
import type { Types } from 'mongoose';
import type { StoredConversation } from '../../models/Conversation';
import type { StoredMessage } from '../../models/Message';
import { Opportunity } from '../../models/Opportunity';
import { Organisation } from '../../models/Organisation';
import { User } from '../../models/User';
import type { Actor } from '../../policies/actor';
import { conversationSideOf } from '../../policies/conversation';
import { presentConversation } from '../../presenters/conversation';
import { presentMessage } from '../../presenters/message';
import { unreadCounts } from './conversationQueries';

const ids = (values: Array<Types.ObjectId | string | null | undefined>) => [...new Set(values.filter((v) => v != null).map(String))];

/** Display names of these users (deleted accounts are simply absent). */
export async function displayNames(userIds: Array<Types.ObjectId | string | null | undefined>): Promise<Map<string, string>> {
  const wanted = ids(userIds);
  if (wanted.length === 0) return new Map();
  const users = await User.find({ _id: { $in: wanted } }, { displayName: 1 }).lean();
  return new Map(users.map((u) => [String(u._id), u.displayName]));
}

/** Opportunity titles in every language given, by id. */
export async function opportunityTitles(opportunityIds: Array<Types.ObjectId | string>) {
  const rows = await Opportunity.find({ _id: { $in: ids(opportunityIds) } }, { type: 1, title: 1 }).lean();
  return new Map(rows.map((o) => [String(o._id), { type: String(o.type), title: cleanTitle(o.title) }]));
}

/** The languages an opportunity's title was written in, without the empty ones. */
export function cleanTitle(title: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [lang, value] of Object.entries((title ?? {}) as Record<string, unknown>)) if (typeof value === 'string' && value) out[lang] = value;
  return out;
}

export async function conversationViews(actor: Actor, convs: StoredConversation[]): Promise<ConversationView[]> {
  if (convs.length === 0) return [];
  const [opportunities, organisations, names, unread] = await Promise.all([
    opportunityTitles(convs.map((c) => c.opportunityId)),
    Organisation.find({ _id: { $in: ids(convs.map((c) => c.organisationId)) } }, { name: 1 }).lean(),
    displayNames(convs.map((c) => c.talentId)),
    unreadCounts(actor, convs),
  ]);
  const orgNames = new Map(organisations.map((o) => [String(o._id), o.name]));
  return convs.map((conv) =>
    presentConversation(conv, {
      opportunity: opportunities.get(String(conv.opportunityId)),
      organisationName: orgNames.get(String(conv.organisationId)),
      talentName: names.get(String(conv.talentId)),
      side: conversationSideOf(actor, conv) ?? 'organisation',
      unreadCount: unread.get(String(conv._id)) ?? 0,
    }),
  );
}

export async function messageViews(messages: StoredMessage[]): Promise<MessageView[]> {
  const names = await displayNames(messages.map((m) => m.senderId));
  return messages.map((m) => presentMessage(m, m.senderId ? names.get(String(m.senderId)) : undefined));
}
