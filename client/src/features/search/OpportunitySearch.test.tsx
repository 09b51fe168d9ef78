import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { resources } from '../../i18n';
import { buildMe, buildSession, type RecordedRequest, type Routes } from '../../testing/fakeApi';
import { renderApp } from '../../testing/renderApp';
import { buildOpportunityHit, buildOpportunitySearchResult } from './factories';

const fr = resources.fr.translation;
const SEARCH = 'GET /api/v1/opportunities/search';
const as = (routes: Routes): Routes => ({ 'GET /api/v1/auth/session': () => Response.json(buildSession(buildMe())), ...routes });
const lastQuery = (sent: (route: string) => RecordedRequest[]) => {
  const params = new URLSearchParams(sent(SEARCH).at(-1)?.url.search);
  params.delete('lang');
  params.delete('limit');
  return params.toString();
};

// The whole app renders, with long country and language lists: slow in jsdom on a busy machine, not in a browser.
describe('opportunity search', { timeout: 15_000 }, () => {
  it('is linked from the opportunities page; filters by words, type and city into the address and the API query', async () => {
    const { user, sent } = renderApp('/opportunities', {
      routes: as({ 'GET /api/v1/opportunities': () => Response.json({ items: [], nextCursor: null }), [SEARCH]: () => Response.json(buildOpportunitySearchResult()) }),
    });
    await user.click(await screen.findByRole('link', { name: fr.search.opportunities.link }));
    expect(await screen.findByRole('heading', { level: 1, name: fr.search.opportunities.title })).toBeInTheDocument();

    await user.click(await screen.findByRole('checkbox', { name: `${fr.opportunities.types.mission.title} (4)` }));
    await waitFor(() => expect(window.location.search).toBe('?type=mission'));
    await user.type(screen.getByRole('searchbox', { name: new RegExp(fr.search.opportunities.q) }), 'scanners');
    await user.type(screen.getByLabelText(`${fr.search.opportunities.city} ${fr.common.optional}`), 'Fès{Enter}');
    await waitFor(() => expect(window.location.search).toBe('?q=scanners&type=mission&city=F%C3%A8s'));
    await waitFor(() => expect(lastQuery(sent)).toBe('q=scanners&type=mission&city=F%C3%A8s'));

    await user.selectOptions(screen.getByLabelText(fr.search.sort.label), fr.search.sort.deadline);
    await waitFor(() => expect(lastQuery(sent)).toBe('q=scanners&type=mission&city=F%C3%A8s&sort=deadline'));
  });

  it('marks matched words in titles and descriptions, and links each result to its page', async () => {
    const hit = buildOpportunityHit({ highlights: { title: 'Maintenance des <em>scanners</em>', description: 'Le CHU &lt;b&gt;accueille&lt;/b&gt; un expert en <em>scanners</em>' } });
    renderApp('/opportunities/search?q=scanners', { routes: as({ [SEARCH]: () => Response.json(buildOpportunitySearchResult({ items: [hit] })) }) });
    const link = await screen.findByRole('link', { name: 'Maintenance des scanners' });
    expect(link).toHaveAttribute('href', '/opportunities/65c0ffee0000000000000001');
    const card = link.closest('li')!;
    expect([...card.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['scanners', 'scanners']);
    expect(within(card).getByText(/accueille/)).toHaveTextContent('Le CHU <b>accueille</b> un expert en scanners');
    expect(card.querySelector('b')).toBeNull();
    expect(screen.getByText('Une opportunité trouvée')).toBeInTheDocument();
  });

  it('when nothing matches, offers to drop each filter', async () => {
    const { user } = renderApp('/opportunities/search?type=pilot&locationMode=remote', {
      routes: as({ [SEARCH]: ({ url }) => Response.json(url.searchParams.get('type') ? buildOpportunitySearchResult({ items: [], total: 0 }) : buildOpportunitySearchResult()) }),
    });
    expect(await screen.findByText(fr.search.opportunities.empty)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Retirer « ${fr.opportunities.types.pilot.title} »` }));
    await waitFor(() => expect(window.location.search).toBe('?locationMode=remote'));
    expect(await screen.findByRole('link', { name: 'Former les techniciens à la maintenance des scanners' })).toBeInTheDocument();
  });
});
