/**
 * Renders the real app the way a browser page load does: at an address, with whatever the device has stored,
 * and with a stubbed GET /readyz. Calling it again after `unmount()` is a page reload.
 */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { vi } from 'vitest';
import type { Readiness } from '@kafaat/shared';
import { App } from '../App';
import { createI18n } from '../i18n';
import { startupLocale } from '../i18n/languagePreference';
import { createAppRouter } from '../routes';

/** A GET /readyz body: MongoDB up, Elasticsearch in the given state (so "down" is a 503 situation). */
export function buildReadiness(state: 'up' | 'down' = 'up'): Readiness {
  const elasticsearch =
    state === 'up' ? { status: 'up' as const, latencyMs: 3 } : { status: 'down' as const, latencyMs: 3, error: 'timeout' };
  return {
    status: state === 'up' ? 'ready' : 'unavailable',
    checks: { mongodb: { status: 'up', latencyMs: 2 }, elasticsearch },
  };
}

type RenderAppOptions = {
  /** Stands in for the network; by default every request answers "all services ready". */
  fetch?: typeof fetch;
};

export function renderApp(url = '/', options: RenderAppOptions = {}) {
  const fetchMock = vi.fn<typeof fetch>(options.fetch ?? (async () => Response.json(buildReadiness('up'))));
  vi.stubGlobal('fetch', fetchMock);
  window.history.replaceState(null, '', url);
  const i18n = createI18n(startupLocale(window.location.search));
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup();
  return { user, fetchMock, ...render(<App i18n={i18n} queryClient={queryClient} router={createAppRouter()} />) };
}
