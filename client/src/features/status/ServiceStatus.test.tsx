import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { resources } from '../../i18n';
import { buildReadiness, renderApp } from '../../testing/renderApp';

const fr = resources.fr.translation;

describe('service status in the footer', () => {
  it('asks GET /readyz and says all services work when it is ready', async () => {
    const { fetchMock } = renderApp('/');
    expect(screen.getByText(fr.status.checking)).toBeInTheDocument();
    expect(await screen.findByText(fr.status.operational)).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith('/readyz', expect.objectContaining({ credentials: 'same-origin' }));
  });

  it('says some services are unavailable when /readyz answers 503', async () => {
    renderApp('/', { fetch: async () => Response.json(buildReadiness('down'), { status: 503 }) });
    expect(await screen.findByText(fr.status.degraded)).toBeInTheDocument();
  });

  it('says the service cannot be reached when the network fails, and the page still works', async () => {
    renderApp('/?lang=en', {
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    expect(await screen.findByText(resources.en.translation.status.unreachable)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(resources.en.translation.home.hero.title);
  });
});
