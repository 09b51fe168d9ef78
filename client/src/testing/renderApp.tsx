/**
 * Renders the real app the way a browser page load does: at an address, with whatever the device has stored,
 * and with a fake API (GET /readyz ready, signed out, unless `routes` says otherwise). Calling it again after
 * `unmount()` is a page reload.
 */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { vi } from 'vitest';
import { App } from '../App';
import { createI18n } from '../i18n';
import { startupLocale } from '../i18n/languagePreference';
import { createAppRouter } from '../routes';
import { createFakeApi, type RecordedRequest, type Routes } from './fakeApi';
import { createFakeRealtime, type FakeRealtime } from './fakeRealtime';

export { buildReadiness } from './readiness';

type RenderAppOptions = {
  /** Stands in for the whole network (overrides `routes`). */
  fetch?: typeof fetch;
  /** API answers by "METHOD /path", on top of the defaults (ready, signed out). */
  routes?: Routes;
  /** The live connection; a fake that connects at once and pushes nothing unless the test tells it to. */
  realtime?: FakeRealtime;
};

export function renderApp(url = '/', options: RenderAppOptions = {}) {
  const fake = createFakeApi(options.routes);
  const fetchMock = options.fetch ? vi.fn<typeof fetch>(options.fetch) : fake.fetchMock;
  vi.stubGlobal('fetch', fetchMock);
  window.history.replaceState(null, '', url);
  const i18n = createI18n(startupLocale(window.location.search));
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup();
  const sent: (route: string) => RecordedRequest[] = fake.sent;
  const realtime = options.realtime ?? createFakeRealtime();
  const app = <App i18n={i18n} queryClient={queryClient} router={createAppRouter()} socketFactory={realtime.factory} />;
  return { user, fetchMock, sent, queryClient, realtime, ...render(app) };
}
