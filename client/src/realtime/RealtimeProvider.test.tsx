import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import type { SessionInfo } from '@kafaat/shared';
import { sessionQueryKey } from '../api/session';
import { buildNotification } from '../features/notifications/factories';
import { createI18n, resources } from '../i18n';
import { buildMe, buildSession, createFakeApi } from '../testing/fakeApi';
import { createFakeRealtime, type FakeRealtime } from '../testing/fakeRealtime';
import { ConnectionStatus, PAUSED_AFTER_MS } from './ConnectionStatus';
import { useRealtimeEvent } from './context';
import { RealtimeProvider } from './RealtimeProvider';

const fr = resources.fr.translation.realtime;
const AMINA = buildMe();
const SALMA = buildMe({ id: '64b7f0c2a1b2c3d4e5f60799', displayName: 'Salma RH' });

function Listener({ onNotification }: { onNotification: (payload: unknown) => void }) {
  useRealtimeEvent('notification.created', onNotification);
  return null;
}

/** The provider with a fake socket, `session` already known, and the server answering GET /auth/session with `serverSession`. */
function setUp({ session = buildSession(AMINA), serverSession = session, realtime = createFakeRealtime() }: { session?: SessionInfo; serverSession?: SessionInfo; realtime?: FakeRealtime } = {}) {
  const fake = createFakeApi({ 'GET /api/v1/auth/session': () => Response.json(serverSession) });
  vi.stubGlobal('fetch', fake.fetchMock);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  queryClient.setQueryData(sessionQueryKey, session);
  const onNotification = vi.fn();
  render(
    <I18nextProvider i18n={createI18n('fr')}>
      <QueryClientProvider client={queryClient}>
        <RealtimeProvider socketFactory={realtime.factory}>
          <Listener onNotification={onNotification} />
          <ConnectionStatus />
        </RealtimeProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  // react-query tells its observers on the next tick: wait for it, as the page would.
  const signInAs = (user: SessionInfo['user']) =>
    act(async () => {
      queryClient.setQueryData(sessionQueryKey, buildSession(user));
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  return { ...fake, queryClient, realtime, onNotification, signInAs };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the live connection', () => {
  it('opens one connection for the signed-in person, closes it on sign-out, and opens a new one for the next person', async () => {
    const { realtime, signInAs } = setUp();
    expect(realtime.sockets).toHaveLength(1);
    expect(realtime.socket.connectCalls).toBe(1);

    await signInAs(null);
    expect(realtime.sockets[0]?.active).toBe(false);
    expect(realtime.sockets[0]?.listens('message.created')).toBe(false);

    await signInAs(SALMA);
    expect(realtime.sockets).toHaveLength(2);
    expect(realtime.socket.connected).toBe(true);
  });

  it('opens nothing for a visitor', () => {
    const { realtime } = setUp({ session: buildSession(null) });
    expect(realtime.sockets).toHaveLength(0);
  });

  it('hands listeners the payloads that fit the contract and drops the others', () => {
    const { realtime, onNotification } = setUp();
    realtime.socket.push('notification.created', { notification: { id: 'n1', kind: 'gossip' }, unreadCount: 'many' });
    realtime.socket.push('notification.created', '<script>alert(1)</script>');
    expect(onNotification).not.toHaveBeenCalled();

    const notification = buildNotification();
    realtime.socket.push('notification.created', { notification: { ...notification, email: 'salma@fintech.ma' }, unreadCount: 2 });
    expect(onNotification).toHaveBeenCalledExactlyOnceWith({ notification, unreadCount: 2 });
  });

  it('asks again for conversations and notifications after a gap, since pushes were lost meanwhile', () => {
    const { realtime, queryClient } = setUp();
    queryClient.setQueryData(['conversations', 'list'], { pages: [], pageParams: [] });
    queryClient.setQueryData(['notifications', 'unread'], 1);
    realtime.socket.drop();
    realtime.socket.reconnect();
    expect(queryClient.getQueryState(['conversations', 'list'])?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(['notifications', 'unread'])?.isInvalidated).toBe(true);
  });

  it('after the server closed the connection, connects again only if the person is still signed in', async () => {
    vi.useFakeTimers();
    const still = setUp();
    still.realtime.socket.kick();
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(still.sent('GET /api/v1/auth/session')).toHaveLength(1);
    expect(still.realtime.socket.connectCalls).toBe(2);
  });

  it('does not reconnect when the session ended on the server', async () => {
    vi.useFakeTimers();
    const ended = setUp({ serverSession: buildSession(null) });
    const socket = ended.realtime.socket;
    socket.kick();
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(ended.sent('GET /api/v1/auth/session')).toHaveLength(1);
    expect(socket.connectCalls).toBe(1);
    expect(ended.realtime.sockets).toHaveLength(1);
  });
});

describe('the live-updates status line', () => {
  it('stays silent through a short drop, says "paused" after a few seconds, then that updates are back', () => {
    vi.useFakeTimers();
    const { realtime } = setUp();
    const line = screen.getByRole('status');
    realtime.socket.drop();
    act(() => vi.advanceTimersByTime(PAUSED_AFTER_MS - 500));
    expect(line).toBeEmptyDOMElement();

    act(() => vi.advanceTimersByTime(500));
    expect(line).toHaveTextContent(fr.paused);

    realtime.socket.reconnect();
    expect(line).toHaveTextContent(fr.resumed);
    act(() => vi.advanceTimersByTime(5_000));
    expect(line).toBeEmptyDOMElement();
  });

  it('says nothing when a drop is shorter than that', () => {
    vi.useFakeTimers();
    const { realtime } = setUp();
    realtime.socket.drop();
    act(() => vi.advanceTimersByTime(1_000));
    realtime.socket.reconnect();
    act(() => vi.advanceTimersByTime(PAUSED_AFTER_MS * 2));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
