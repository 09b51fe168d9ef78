import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { Message } from '@kafaat/shared';
import { createI18n, resources } from '../../i18n';
import { createFormatters } from '../../i18n/format';
import { apiError, buildMe, buildSession, createFakeApi, type Routes } from '../../testing/fakeApi';
import { renderApp } from '../../testing/renderApp';
import { buildDocument, buildDocumentList } from '../documents/factories';
import { inboxPage } from '../notifications/factories';
import { StartConversationButton } from './StartConversationButton';
import { CONVERSATION_ID, OPPORTUNITY_ID, TALENT_ID, buildConversation, buildMember, buildMessage, buildOwnMessage } from './factories';

const fr = resources.fr.translation.messages;
const ar = resources.ar.translation.messages;
const CONVERSATION_PAGE = `/messages/${CONVERSATION_ID}`;
const MESSAGES = `GET /api/v1/conversations/${CONVERSATION_ID}/messages`;
const SEND = `POST /api/v1/conversations/${CONVERSATION_ID}/messages`;
const READ = `POST /api/v1/conversations/${CONVERSATION_ID}/read`;

const frenchFormat = createFormatters('fr-MA');
const page = (items: unknown[], nextCursor: string | null = null) => Response.json({ items, nextCursor });

/** Amina (talent) signed in, one conversation with Fintech Casa whose messages are `messages` (newest first). */
function talent(messages: Message[] = [buildMessage()], routes: Routes = {}): Routes {
  return {
    'GET /api/v1/auth/session': () => Response.json(buildSession(buildMe())),
    'GET /api/v1/conversations': () => page([buildConversation()]),
    'GET /api/v1/notifications': () => Response.json(inboxPage([])),
    [MESSAGES]: () => page(messages),
    [READ]: () => Response.json({ conversationId: CONVERSATION_ID, readAt: '2026-03-12T10:00:00.000Z', unreadCount: 0 }),
    ...routes,
  };
}

/** The composer's textarea, found by its label. */
const composer = () => screen.getByRole('textbox', { name: fr.composer.label });

describe('the list of conversations (/messages)', () => {
  it('shows each conversation with who it is with, what it is about, its newest message and unread count, newest first', async () => {
    const other = buildConversation({
      id: '66c0ffee0000000000000002',
      organisation: { id: '64b7f0c2a1b2c3d4e5f60701', name: 'CHU Ibn Rochd' },
      opportunity: { id: '66c0ffee00000000000000ab', type: 'mission', title: { fr: 'Mission de formation en génie civil' } },
      lastMessage: null,
      unreadCount: 0,
    });
    renderApp('/messages', { routes: talent([], { 'GET /api/v1/conversations': () => page([buildConversation({ unreadCount: 2 }), other]) }) });

    const links = await screen.findAllByRole('link', { name: /Ingénieure civile|Mission de formation/ });
    expect(links.map((link) => link.textContent)).toEqual([
      `Fintech Casa${fr.list.separator}Ingénieure civile`,
      `CHU Ibn Rochd${fr.list.separator}Mission de formation en génie civil`,
    ]);
    expect(links[0]).toHaveAttribute('href', CONVERSATION_PAGE);
    const first = links[0]!.closest('li')!;
    expect(within(first).getByText('2 non lus')).toBeInTheDocument();
    expect(within(first).getByText('Bonjour Amina, êtes-vous disponible ?')).toHaveAttribute('dir', 'auto');
    // The header says how many messages are unread.
    expect(await screen.findByRole('link', { name: 'Messagerie, 2 messages non lus' })).toHaveAttribute('href', '/messages');
  });

  it('loads older conversations with the cursor the server gave', async () => {
    const { user, sent } = renderApp('/messages', {
      routes: talent([], {
        'GET /api/v1/conversations': ({ url }) =>
          url.searchParams.get('cursor') === 'next-1'
            ? page([buildConversation({ id: '66c0ffee0000000000000009', organisation: { id: '64b7f0c2a1b2c3d4e5f60702', name: 'ORMVA Souss-Massa' } })])
            : page([buildConversation()], 'next-1'),
      }),
    });
    await user.click(await screen.findByRole('button', { name: resources.fr.translation.common.loadMore }));
    expect(await screen.findByRole('link', { name: /ORMVA Souss-Massa/ })).toBeInTheDocument();
    expect(sent('GET /api/v1/conversations').map((request) => request.url.searchParams.get('cursor'))).toContain('next-1');
  });

  it('tells a talent with no conversation where conversations start', async () => {
    renderApp('/messages', { routes: talent([], { 'GET /api/v1/conversations': () => page([]) }) });
    expect(await screen.findByText(fr.list.empty)).toBeInTheDocument();
    expect(screen.getByText(fr.list.emptyTalent)).toBeInTheDocument();
  });

  it('moves a conversation to the top and counts it unread when a message arrives live', async () => {
    const other = buildConversation({ id: '66c0ffee0000000000000002', organisation: { id: '64b7f0c2a1b2c3d4e5f60701', name: 'CHU Ibn Rochd' } });
    const { realtime } = renderApp('/messages', { routes: talent([], { 'GET /api/v1/conversations': () => page([buildConversation(), other]) }) });
    await screen.findByRole('link', { name: /CHU Ibn Rochd/ });

    realtime.socket.push('message.created', {
      conversationId: other.id,
      message: buildMessage({ conversationId: other.id, text: 'La mission est confirmée.', createdAt: '2026-03-13T08:00:00.000Z' }),
    });

    expect(await screen.findByText('La mission est confirmée.')).toBeInTheDocument();
    const links = screen.getAllByRole('link', { name: /Ingénieure civile/ });
    expect(links[0]).toHaveTextContent('CHU Ibn Rochd');
    expect(within(links[0]!.closest('li')!).getByText('1 non lu')).toBeInTheDocument();
  });
});

describe('a conversation (/messages/:id)', () => {
  it('shows what people typed as text, line breaks kept: markup is never turned into elements', async () => {
    const hostile = buildMessage({ text: '<img src=x onerror=alert(1)>', createdAt: '2026-03-12T09:31:00.000Z' });
    const lines = buildOwnMessage({ text: 'Bonjour,\nje suis disponible en mai.', createdAt: '2026-03-12T09:32:00.000Z' });
    const { container } = renderApp(CONVERSATION_PAGE, { routes: talent([lines, hostile, buildMessage()]) });

    const literal = await screen.findByText('<img src=x onerror=alert(1)>');
    expect(literal).toHaveAttribute('dir', 'auto');
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(/je suis disponible en mai/).textContent).toBe('Bonjour,\nje suis disponible en mai.');

    // Oldest first, the person's own messages marked as theirs.
    const thread = screen.getByRole('region', { name: fr.conversation.history });
    const items = within(thread).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.message__text')?.textContent)).toEqual([
      'Bonjour Amina, êtes-vous disponible ?',
      '<img src=x onerror=alert(1)>',
      'Bonjour,\nje suis disponible en mai.',
    ]);
    expect(items[2]).toHaveClass('message--ours', 'message--mine');
    expect(within(items[2]!).getByText(fr.message.you)).toBeInTheDocument();
    expect(items[0]).toHaveClass('message--theirs');
    // Dates are written for the reader, and named after the conversation.
    expect(within(items[0]!).getByText(frenchFormat.dateTime('2026-03-12T09:30:00.000Z'))).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Ingénieure civile' })).toBeInTheDocument();
  });

  it('is marked read when opened', async () => {
    const { sent } = renderApp(CONVERSATION_PAGE, { routes: talent() });
    await screen.findByText('Bonjour Amina, êtes-vous disponible ?');
    await waitFor(() => expect(sent(READ)).toHaveLength(1));
  });

  it('shows a message pushed live without reloading, announces it, and marks it read', async () => {
    const { realtime, sent } = renderApp(CONVERSATION_PAGE, { routes: talent() });
    await screen.findByText('Bonjour Amina, êtes-vous disponible ?');
    await waitFor(() => expect(sent(READ)).toHaveLength(1));

    realtime.socket.push('message.created', {
      conversationId: CONVERSATION_ID,
      message: buildMessage({ text: 'Pouvez-vous venir le 4 mai ?', createdAt: '2026-03-12T10:00:00.000Z' }),
    });

    const thread = screen.getByRole('region', { name: fr.conversation.history });
    expect(await within(thread).findByText('Pouvez-vous venir le 4 mai ?')).toBeInTheDocument();
    const announcements = screen.getAllByRole('status').find((region) => /Nouveau message de/.test(region.textContent ?? ''));
    expect(announcements).toHaveTextContent('Nouveau message de \u2068Salma RH\u2069 : Pouvez-vous venir le 4 mai ?');
    await waitFor(() => expect(sent(READ)).toHaveLength(2), { timeout: 3000 });
    expect(sent(MESSAGES)).toHaveLength(1); // Nothing was fetched again.
  });

  it('ignores a pushed message of another conversation and one that does not fit the contract', async () => {
    const { realtime } = renderApp(CONVERSATION_PAGE, { routes: talent() });
    await screen.findByText('Bonjour Amina, êtes-vous disponible ?');
    realtime.socket.push('message.created', { conversationId: '66c0ffee0000000000000002', message: buildMessage({ conversationId: '66c0ffee0000000000000002', text: 'Autre conversation' }) });
    realtime.socket.push('message.created', { conversationId: CONVERSATION_ID, message: { text: 'Sans expéditeur ni date' } });
    expect(screen.queryByText('Autre conversation')).not.toBeInTheDocument();
    expect(screen.queryByText('Sans expéditeur ni date')).not.toBeInTheDocument();
  });

  it('sends with Enter and starts a new line with Shift+Enter; the message shows once even when pushed back live', async () => {
    const stored = buildOwnMessage({ text: 'Bonjour,\nje confirme.', createdAt: '2026-03-12T10:05:00.000Z' });
    const { user, sent, realtime } = renderApp(CONVERSATION_PAGE, { routes: talent(undefined, { [SEND]: () => Response.json(stored, { status: 201 }) }) });
    await screen.findByText('Bonjour Amina, êtes-vous disponible ?');

    await user.type(composer(), 'Bonjour,{Shift>}{Enter}{/Shift}je confirme.');
    expect(composer()).toHaveValue('Bonjour,\nje confirme.');
    expect(sent(SEND)).toHaveLength(0);

    await user.keyboard('{Enter}');
    await waitFor(() => expect(sent(SEND)).toHaveLength(1));
    expect(sent(SEND)[0]?.body).toEqual({ text: 'Bonjour,\nje confirme.', attachmentIds: [] });
    await waitFor(() => expect(composer()).toHaveValue(''));
    realtime.socket.push('message.created', { conversationId: CONVERSATION_ID, message: stored });
    expect(screen.getAllByText(/je confirme/)).toHaveLength(1);
    expect(screen.getByRole('button', { name: fr.composer.send })).toBeVisible();
  });

  it('keeps the text after a failed send and sends it when the person tries again', async () => {
    let attempts = 0;
    const stored = buildOwnMessage({ text: 'Merci !' });
    const { user, sent } = renderApp(CONVERSATION_PAGE, {
      routes: talent(undefined, { [SEND]: () => (++attempts === 1 ? apiError(503, 'service_unavailable') : Response.json(stored, { status: 201 })) }),
    });
    await screen.findByText('Bonjour Amina, êtes-vous disponible ?');
    await user.type(composer(), 'Merci !');
    await user.click(screen.getByRole('button', { name: fr.composer.send }));

    const alert = await screen.findByRole('alert');
    expect(composer()).toHaveValue('Merci !');
    await user.click(within(alert).getByRole('button', { name: fr.composer.retry }));
    await waitFor(() => expect(sent(SEND)).toHaveLength(2));
    expect(await screen.findByText('Merci !', { selector: '.message__text' })).toBeInTheDocument();
    expect(composer()).toHaveValue('');
  });

  it('counts characters and refuses more than 4000 without sending', async () => {
    const { user, sent } = renderApp(CONVERSATION_PAGE, { routes: talent() });
    await screen.findByText('Bonjour Amina, êtes-vous disponible ?');
    await user.click(composer());
    await user.paste('a'.repeat(4001));
    expect(screen.getByText(`${frenchFormat.number(4001)} / ${frenchFormat.number(4000)} caractères`)).toHaveClass('composer__counter--over');
    await user.keyboard('{Enter}');
    expect(composer()).toHaveAccessibleDescription(/trop long/);
    expect(sent(SEND)).toHaveLength(0);
  });

  it('lets a talent attach their own documents, shown to everyone as download links', async () => {
    const cv = buildDocument();
    const stored = buildOwnMessage({ text: 'Voici mon CV.', attachments: [{ id: cv.id, name: cv.name, mime: cv.mime, size: cv.size }] });
    const { user, sent } = renderApp(CONVERSATION_PAGE, {
      routes: talent(undefined, { 'GET /api/v1/me/documents': () => Response.json(buildDocumentList([cv])), [SEND]: () => Response.json(stored, { status: 201 }) }),
    });
    await screen.findByText('Bonjour Amina, êtes-vous disponible ?');
    await user.click(screen.getByRole('button', { name: fr.composer.attach }));
    await user.click(await screen.findByRole('checkbox', { name: /CV Amina\.pdf/ }));
    await user.type(composer(), 'Voici mon CV.{Enter}');

    await waitFor(() => expect(sent(SEND)[0]?.body).toEqual({ text: 'Voici mon CV.', attachmentIds: [cv.id] }));
    const link = await screen.findByRole('link', { name: 'CV Amina.pdf' });
    expect(link).toHaveAttribute('href', `/api/v1/documents/${cv.id}/file`);
  });

  it('opens from the address notifications and emails use (/conversations/:id)', async () => {
    renderApp(`/conversations/${CONVERSATION_ID}`, { routes: talent() });
    expect(await screen.findByText('Bonjour Amina, êtes-vous disponible ?')).toBeInTheDocument();
    expect(window.location.pathname).toBe(CONVERSATION_PAGE);
  });

  it('in Arabic, the page runs right to left and each message keeps its own direction', async () => {
    renderApp(`${CONVERSATION_PAGE}?lang=ar`, { routes: talent([buildOwnMessage({ text: 'شكرا، أنا متاحة في ماي.' }), buildMessage()]) });
    const arabic = await screen.findByText('شكرا، أنا متاحة في ماي.');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(arabic).toHaveAttribute('dir', 'auto');
    expect(arabic.closest('li')).toHaveClass('message--ours');
    expect(screen.getByRole('textbox', { name: ar.composer.label })).toHaveAttribute('dir', 'auto');
    expect(screen.getByRole('button', { name: ar.composer.send })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: ar.conversation.back })).toHaveAttribute('href', '/messages');
  });
});

describe('StartConversationButton', () => {
  function renderButton(props: Parameters<typeof StartConversationButton>[0], routes: Routes) {
    const fake = createFakeApi(routes);
    vi.stubGlobal('fetch', fake.fetchMock);
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const router = createMemoryRouter([
      { path: '/', element: <StartConversationButton {...props} /> },
      { path: '/messages/:id', element: <p>Conversation ouverte</p> },
    ]);
    render(
      <I18nextProvider i18n={createI18n('fr')}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </I18nextProvider>,
    );
    return { ...fake, user: userEvent.setup(), router };
  }

  it('lets an organisation member write to a talent from the board and opens the conversation', async () => {
    const conversation = buildConversation({ side: 'organisation' });
    const { user, sent, router } = renderButton(
      { opportunityId: OPPORTUNITY_ID, talentId: TALENT_ID, recipientName: 'Amina El Idrissi' },
      {
        'GET /api/v1/auth/session': () => Response.json(buildSession(buildMember())),
        'POST /api/v1/conversations': () => Response.json({ conversation, message: buildMessage({ text: 'Bonjour Amina' }), created: true }, { status: 201 }),
      },
    );
    await user.click(screen.getByRole('button', { name: `${fr.start.button} (Amina El Idrissi)` }));
    const box = screen.getByRole('textbox', { name: 'Votre message à Amina El Idrissi' });
    expect(box).toHaveFocus();
    expect(screen.queryByRole('button', { name: fr.composer.attach })).not.toBeInTheDocument(); // Organisations upload no documents.
    await user.type(box, 'Bonjour Amina{Enter}');

    expect(await screen.findByText('Conversation ouverte')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(CONVERSATION_PAGE);
    expect(sent('POST /api/v1/conversations')[0]?.body).toEqual({ opportunityId: OPPORTUNITY_ID, talentId: TALENT_ID, text: 'Bonjour Amina', attachmentIds: [] });
  });

  it('tells a talent who has not applied yet why they cannot write', async () => {
    const { user } = renderButton(
      { opportunityId: OPPORTUNITY_ID },
      {
        'GET /api/v1/auth/session': () => Response.json(buildSession(buildMe())),
        'POST /api/v1/conversations': () => apiError(403, 'forbidden'),
      },
    );
    await user.click(screen.getByRole('button', { name: fr.start.button }));
    await user.type(screen.getByRole('textbox', { name: fr.start.label }), 'Bonjour{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(fr.start.forbidden);
    expect(screen.getByRole('textbox', { name: fr.start.label })).toHaveValue('Bonjour');
  });
});
