import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { resources } from '../../i18n';
import { buildMe, buildSession, type Routes } from '../../testing/fakeApi';
import { renderApp } from '../../testing/renderApp';
import { CONVERSATION_ID } from '../messages/factories';
import { buildNotification, buildPreferences, inboxPage } from './factories';

const fr = resources.fr.translation.notifications;
const en = resources.en.translation.notifications;

/** Amina signed in; GET /notifications answers `page` (and the bell reads its unread count). */
function talent(page = inboxPage([]), routes: Routes = {}): Routes {
  return {
    'GET /api/v1/auth/session': () => Response.json(buildSession(buildMe())),
    'GET /api/v1/conversations': () => Response.json({ items: [], nextCursor: null }),
    'GET /api/v1/notifications': () => Response.json(page),
    ...routes,
  };
}

describe('the bell in the header', () => {
  it('says how many notifications are unread, and follows new ones pushed live', async () => {
    const { realtime } = renderApp('/', { routes: talent(inboxPage([], 3)) });
    const bell = await screen.findByRole('link', { name: 'Notifications, 3 non lues' });
    expect(bell).toHaveAttribute('href', '/notifications');

    realtime.socket.push('notification.created', { notification: buildNotification(), unreadCount: 4 });
    expect(await screen.findByRole('link', { name: 'Notifications, 4 non lues' })).toBe(bell);
  });

  it('reads "Notifications, 3 unread" in English and says when nothing is unread', async () => {
    renderApp('/?lang=en', { routes: talent(inboxPage([], 3)) });
    expect(await screen.findByRole('link', { name: 'Notifications, 3 unread' })).toBeInTheDocument();
  });

  it('says when nothing is unread, and is not there for visitors', async () => {
    const { unmount } = renderApp('/?lang=en', { routes: talent(inboxPage([], 0)) });
    expect(await screen.findByRole('link', { name: en.bell.label_zero })).toBeInTheDocument();
    unmount();
    renderApp('/?lang=fr');
    expect(await screen.findByRole('link', { name: resources.fr.translation.layout.nav.signIn })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Notifications/ })).not.toBeInTheDocument();
  });
});

describe('the inbox (/notifications)', () => {
  it('words each kind in the reader’s language and marks a notification read when it is opened', async () => {
    const message = buildNotification({ count: 3 });
    const stage = buildNotification({ kind: 'stageChanged', stage: 'shortlisted', link: '/applications/66c0ffee00000000000000cc', actorName: 'Fintech Casa', preview: null, readAt: '2026-03-11T08:00:00.000Z' });
    const invitation = buildNotification({ kind: 'invitation', link: '/applications/66c0ffee00000000000000cd', actorName: 'CHU Ibn Rochd', preview: null, readAt: '2026-03-11T08:00:00.000Z', opportunity: { id: '66c0ffee00000000000000ab', title: { ar: 'مهمة تكوين' } } });
    let opened = false; // The server's state: once opened, the message notification is read.
    const { user, sent } = renderApp('/notifications', {
      routes: talent(undefined, {
        'GET /api/v1/notifications': () => Response.json(inboxPage([opened ? { ...message, readAt: '2026-03-12T10:00:00.000Z' } : message, stage, invitation])),
        [`POST /api/v1/notifications/${message.id}/read`]: () => {
          opened = true;
          return Response.json({ unreadCount: 0 });
        },
        [`GET /api/v1/conversations/${CONVERSATION_ID}/messages`]: () => Response.json({ items: [], nextCursor: null }),
        [`POST /api/v1/conversations/${CONVERSATION_ID}/read`]: () => Response.json({ conversationId: CONVERSATION_ID, readAt: '2026-03-12T10:00:00.000Z', unreadCount: 0 }),
      }),
    });

    const messageLink = await screen.findByRole('link', { name: '3 nouveaux messages de \u2068Salma RH\u2069 (\u2068Ingénieure civile\u2069)' });
    expect(within(messageLink.closest('li')!).getByText(fr.item.new)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '\u2068Ingénieure civile\u2069 : nouvelle étape « présélection » (\u2068Fintech Casa\u2069)' })).toHaveAttribute(
      'href',
      '/applications/66c0ffee00000000000000cc',
    );
    expect(screen.getByRole('link', { name: '\u2068CHU Ibn Rochd\u2069 vous invite à postuler : \u2068مهمة تكوين\u2069' })).toBeInTheDocument();
    expect(screen.getByText('Bonjour Amina, êtes-vous disponible ?')).toHaveAttribute('dir', 'auto');

    // The server links /conversations/:id; the inbox opens the conversation's page directly.
    expect(messageLink).toHaveAttribute('href', `/messages/${CONVERSATION_ID}`);
    await user.click(messageLink);
    await waitFor(() => expect(sent(`POST /api/v1/notifications/${message.id}/read`)).toHaveLength(1));
    expect(window.location.pathname).toBe(`/messages/${CONVERSATION_ID}`);
    expect(await screen.findByRole('link', { name: 'Notifications, aucune non lue' })).toBeInTheDocument();
  });

  it('filters unread ones, marks all read, and confirms it', async () => {
    const { user, sent } = renderApp('/notifications', {
      routes: talent(inboxPage([buildNotification(), buildNotification({ kind: 'missionConfirmed', preview: null })]), {
        'POST /api/v1/notifications/read-all': () => Response.json({ unreadCount: 0 }),
      }),
    });
    await user.click(await screen.findByRole('link', { name: 'Non lues (2)' }));
    await waitFor(() => expect(sent('GET /api/v1/notifications').some((request) => request.url.searchParams.get('unread') === 'true')).toBe(true));
    expect(screen.getByRole('link', { name: 'Non lues (2)' })).toHaveAttribute('aria-current', 'page');

    await user.click(screen.getByRole('button', { name: fr.page.markAll }));
    expect(await screen.findByText(fr.page.allRead)).toHaveFocus();
    expect(sent('POST /api/v1/notifications/read-all')).toHaveLength(1);
    expect(screen.queryByText(fr.item.new)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Notifications, aucune non lue' })).toBeInTheDocument();
  });

  it('puts a notification pushed live at the top', async () => {
    const { realtime } = renderApp('/notifications', { routes: talent(inboxPage([buildNotification({ kind: 'missionConfirmed', preview: null })])) });
    await screen.findByRole('link', { name: /Mission confirmée/ });
    realtime.socket.push('notification.created', { notification: buildNotification({ kind: 'newMatch', preview: null }), unreadCount: 2 });
    await screen.findByRole('link', { name: /correspond à votre profil/ });
    const links = screen.getAllByRole('link', { name: /Mission confirmée|correspond à votre profil/ });
    expect(links.map((link) => link.textContent)).toEqual([
      'Une nouvelle opportunité correspond à votre profil : \u2068Ingénieure civile\u2069',
      'Mission confirmée : \u2068Ingénieure civile\u2069',
    ]);
  });

  it('says there is nothing yet, and nothing unread', async () => {
    const { unmount } = renderApp('/notifications', { routes: talent() });
    expect(await screen.findByText(fr.page.empty)).toBeInTheDocument();
    unmount();
    renderApp('/notifications?show=unread', { routes: talent() });
    expect(await screen.findByText(fr.page.emptyUnread)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: fr.page.seeAll })).toHaveAttribute('href', '/notifications');
  });
});

describe('notification settings (/settings/notifications)', () => {
  it('shows both channels for every kind and saves the choices, with a confirmation', async () => {
    const { user, sent } = renderApp('/settings/notifications', {
      routes: talent(undefined, {
        'GET /api/v1/me/notification-preferences': () => Response.json(buildPreferences()),
        'PUT /api/v1/me/notification-preferences': ({ body }) => Response.json(body),
      }),
    });
    const messages = await screen.findByRole('group', { name: fr.kinds.message.title });
    expect(messages).toHaveAccessibleDescription(fr.kinds.message.description);
    await user.click(within(messages).getByRole('checkbox', { name: fr.settings.channels.emailDigest }));
    expect(within(messages).getByRole('checkbox', { name: fr.settings.channels.inApp })).toBeChecked();
    expect(screen.getAllByRole('group')).toHaveLength(6);

    await user.click(screen.getByRole('button', { name: fr.settings.save }));
    expect(await screen.findByText(fr.settings.saved)).toHaveFocus();
    expect(sent('PUT /api/v1/me/notification-preferences')[0]?.body).toEqual(buildPreferences({ message: { inApp: true, emailDigest: false } }));
  });

  it('warns when a kind would not be told at all', async () => {
    const { user } = renderApp('/settings/notifications', {
      routes: talent(undefined, { 'GET /api/v1/me/notification-preferences': () => Response.json(buildPreferences({ newMatch: { inApp: true, emailDigest: false } })) }),
    });
    const group = await screen.findByRole('group', { name: fr.kinds.newMatch.title });
    await user.click(within(group).getByRole('checkbox', { name: fr.settings.channels.inApp }));
    expect(within(group).getByText(fr.settings.off)).toBeInTheDocument();
  });
});
