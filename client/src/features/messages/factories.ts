/** Test factories: conversations and messages as the API returns them, with what a test needs overridden. */
import type { Conversation, Message } from '@kafaat/shared';
import { buildMe } from '../../testing/fakeApi';

/** Ids shared by the factories below, so a test can route requests and push events for the same records. */
export const TALENT_ID = buildMe().id;
export const ORGANISATION_MEMBER_ID = '64b7f0c2a1b2c3d4e5f60799';
export const CONVERSATION_ID = '66c0ffee0000000000000001';
export const OPPORTUNITY_ID = '66c0ffee00000000000000aa';

/** Salma, HR lead of Fintech Casa, signed in (an organisation member). */
export function buildMember() {
  return buildMe({
    id: ORGANISATION_MEMBER_ID,
    role: 'employer',
    talentKind: null,
    displayName: 'Salma RH',
    organisation: { id: '64b7f0c2a1b2c3d4e5f60700', name: 'Fintech Casa', kind: 'employer', status: 'verified', isAdmin: true },
  });
}

/** The talent Amina's conversation with Fintech Casa about a civil engineering job, seen by Amina, nothing unread. */
export function buildConversation(overrides: Partial<Conversation> = {}): Conversation {
  return {
    id: CONVERSATION_ID,
    opportunity: { id: OPPORTUNITY_ID, type: 'job', title: { fr: 'Ingénieure civile', en: 'Civil engineer' } },
    organisation: { id: '64b7f0c2a1b2c3d4e5f60700', name: 'Fintech Casa' },
    talent: { id: TALENT_ID, displayName: 'Amina El Idrissi' },
    side: 'talent',
    lastMessage: { preview: 'Bonjour Amina, êtes-vous disponible ?', deleted: false, senderId: ORGANISATION_MEMBER_ID, at: '2026-03-12T09:30:00.000Z' },
    lastActivityAt: '2026-03-12T09:30:00.000Z',
    unreadCount: 0,
    createdAt: '2026-03-10T08:00:00.000Z',
    ...overrides,
  };
}

let sequence = 0;

/** A message from Salma (Fintech Casa) in that conversation; ids are unique per call. */
export function buildMessage(overrides: Partial<Message> = {}): Message {
  sequence += 1;
  return {
    id: `77d0000000000000000${String(sequence).padStart(5, '0')}`,
    conversationId: CONVERSATION_ID,
    sender: { id: ORGANISATION_MEMBER_ID, displayName: 'Salma RH', side: 'organisation' },
    text: 'Bonjour Amina, êtes-vous disponible ?',
    deleted: false,
    attachments: [],
    createdAt: '2026-03-12T09:30:00.000Z',
    ...overrides,
  };
}

/** A message Amina wrote. */
export function buildOwnMessage(overrides: Partial<Message> = {}): Message {
  return buildMessage({ sender: { id: TALENT_ID, displayName: 'Amina El Idrissi', side: 'talent' }, ...overrides });
}
