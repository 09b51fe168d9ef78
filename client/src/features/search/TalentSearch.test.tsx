import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { resources } from '../../i18n';
import { apiError, buildMe, buildSession, type RecordedRequest, type Routes } from '../../testing/fakeApi';
import { renderApp } from '../../testing/renderApp';
import { buildTalentHit, buildTalentSearchResult } from './factories';

const fr = resources.fr.translation;
const ar = resources.ar.translation;
const SEARCH = 'GET /api/v1/talents/search';

const employer = buildMe({
  id: '64b7f0c2a1b2c3d4e5f60777',
  role: 'employer',
  talentKind: null,
  displayName: 'Salma Berrada',
  organisation: { id: '64b7f0c2a1b2c3d4e5f607b0', name: 'Fintech Casa', kind: 'employer', status: 'verified', isAdmin: true },
});
const as = (me: ReturnType<typeof buildMe>, routes: Routes): Routes => ({ 'GET /api/v1/auth/session': () => Response.json(buildSession(me)), ...routes });
/** The filters the API was last asked for (without the page and language). */
const lastQuery = (sent: (route: string) => RecordedRequest[]) => {
  const params = new URLSearchParams(sent(SEARCH).at(-1)?.url.search);
  params.delete('lang');
  params.delete('limit');
  return params.toString();
};
const fill = (text: string, values: Record<string, string | number>) => Object.entries(values).reduce((out, [key, value]) => out.replace(`{{${key}}}`, String(value)), text);

// The whole app renders, with long country and language lists: slow in jsdom on a busy machine, not in a browser.
describe('talent search', { timeout: 15_000 }, () => {
  it('turns text, a skill from the picker and a language with its level into the address and the API query', async () => {
    const { user, sent } = renderApp('/search', {
      routes: as(employer, {
        [SEARCH]: () => Response.json(buildTalentSearchResult()),
        'GET /api/v1/skills/suggest': () =>
          Response.json({ items: [{ id: 'construction.welding', label: 'Soudure', labels: { fr: 'Soudure', en: 'Welding', ar: 'اللحام' }, sector: 'construction', score: 1 }] }),
      }),
    });
    expect(await screen.findByRole('heading', { level: 1, name: fr.search.talents.title })).toBeInTheDocument();
    expect(await screen.findByText(fr.search.talents.count_one)).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: new RegExp(fr.search.talents.q) }), 'tig{Enter}');
    await waitFor(() => expect(window.location.search).toBe('?q=tig'));
    await user.type(screen.getByRole('combobox', { name: fr.search.talents.skills }), 'sou');
    await user.click(await screen.findByRole('option', { name: /Soudure/ }));
    await user.selectOptions(screen.getByLabelText(fr.search.talents.language), 'français');
    await user.selectOptions(screen.getByLabelText(fr.search.talents.minLevel), fr.profile.languages.cefrShort.B2);
    await user.click(screen.getByRole('button', { name: fr.search.talents.addLanguage }));

    const expected = 'q=tig&skills=construction.welding&languages=fr%3AB2';
    await waitFor(() => expect(window.location.search).toBe(`?${expected}`));
    await waitFor(() => expect(lastQuery(sent)).toBe(expected));
    expect(sent(SEARCH).at(-1)!.url.searchParams.get('lang')).toBe('fr');
    expect(screen.getByRole('list', { name: fr.search.talents.skillsChosen })).toHaveTextContent('Soudure');
  });

  it('turns a sector, verified skills, dates and experience into the address and the API query', async () => {
    const { user, sent } = renderApp('/search', { routes: as(employer, { [SEARCH]: () => Response.json(buildTalentSearchResult()) }) });
    await user.click(await screen.findByRole('checkbox', { name: /^Bâtiment et travaux publics \(14\)$/ }));
    await user.click(screen.getByRole('checkbox', { name: new RegExp(`^${fr.search.talents.verifiedOnly}`) }));
    fireEvent.change(screen.getByLabelText(`${fr.search.talents.availableFrom} ${fr.common.optional}`), { target: { value: '2027-03-01' } });
    await user.selectOptions(screen.getByLabelText(fr.search.talents.minYears), '5');

    const expected = 'sector=construction&availableFrom=2027-03-01&verifiedOnly=true&minYears=5';
    await waitFor(() => expect(window.location.search).toBe(`?${expected}`));
    await waitFor(() => expect(lastQuery(sent)).toBe(expected));

    fireEvent.change(screen.getByLabelText(`${fr.search.talents.availableTo} ${fr.common.optional}`), { target: { value: '2027-02-01' } });
    expect(await screen.findByText(fr.search.errors.availableTo.before_from, { selector: '.field__error' })).toBeInTheDocument();
    expect(window.location.search).toBe(`?${expected}`);
  });

  it('shows the filters as chips; removing one searches again without it and keeps focus on the chips', async () => {
    const { user, sent } = renderApp('/search?q=soudure&sector=health&verifiedOnly=true', {
      routes: as(employer, { [SEARCH]: () => Response.json(buildTalentSearchResult()) }),
    });
    const chips = await screen.findByRole('list', { name: fr.search.chips.label });
    expect(within(chips).getAllByRole('listitem').map((chip) => chip.textContent)).toEqual(['« soudure »×', 'Santé×', `${fr.search.chips.verifiedOnly}×`]);
    expect(screen.getByRole('button', { name: fill(fr.search.filters.toggleCount, { count: 3 }) })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('button', { name: fr.savedSearches.save.open })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: fill(fr.search.chips.remove, { label: 'Santé' }) }));
    await waitFor(() => expect(window.location.search).toBe('?q=soudure&verifiedOnly=true'));
    await waitFor(() => expect(lastQuery(sent)).toBe('q=soudure&verifiedOnly=true'));
    expect(screen.getByRole('button', { name: fill(fr.search.chips.remove, { label: fr.search.chips.verifiedOnly }) })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: fr.search.chips.clearAll }));
    await waitFor(() => expect(window.location.search).toBe(''));
    expect(screen.queryByRole('list', { name: fr.search.chips.label })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: fr.search.results.title })).toHaveFocus();
  });

  it('lists facet values with their counts; ticking one filters, and Back returns to the previous search', async () => {
    const { user, sent } = renderApp('/search', { routes: as(employer, { [SEARCH]: () => Response.json(buildTalentSearchResult()) }) });
    const countries = await screen.findByRole('group', { name: fr.search.talents.facets.country });
    expect(within(countries).getAllByRole('checkbox').map((box) => box.closest('li')?.textContent)).toEqual(['France (20)', 'Maroc (15)']);
    const kinds = screen.getByRole('group', { name: fr.search.talents.facets.kind });
    expect(within(kinds).getByRole('checkbox', { name: `${fr.profile.kinds.returnee.title} (0)` })).not.toBeChecked();
    expect(within(screen.getByRole('group', { name: fr.search.talents.facets.languages })).getByRole('checkbox', { name: 'arabe (25)' })).toBeInTheDocument();

    await user.click(within(countries).getByRole('checkbox', { name: 'Maroc (15)' }));
    await waitFor(() => expect(window.location.search).toBe('?country=MA'));
    await waitFor(() => expect(lastQuery(sent)).toBe('country=MA'));
    expect(within(countries).getByRole('checkbox', { name: 'Maroc (15)' })).toBeChecked();

    act(() => window.history.back());
    await waitFor(() => expect(window.location.search).toBe(''));
    await waitFor(() => expect(within(screen.getByRole('group', { name: fr.search.talents.facets.country })).getByRole('checkbox', { name: 'Maroc (15)' })).not.toBeChecked());
  });

  it('marks the matched words with <mark> and shows escaped markup as text', async () => {
    const hit = buildTalentHit({
      highlights: { headline: 'Ingénieure <em>soudure</em> &lt;script&gt;alert(1)&lt;/script&gt;', summary: '…formée à la <em>soudure</em> TIG &amp; MIG', skills: ['Soudure'] },
    });
    const { container } = renderApp('/search?q=soudure', { routes: as(employer, { [SEARCH]: () => Response.json(buildTalentSearchResult({ items: [hit] })) }) });
    const card = (await screen.findByRole('link', { name: 'Amina El Idrissi' })).closest('li')!;
    expect([...card.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['soudure', 'soudure', 'Soudure']);
    expect(within(card).getByText(/Ingénieure/)).toHaveTextContent('Ingénieure soudure <script>alert(1)</script>');
    expect(within(card).getByText(/TIG/)).toHaveTextContent('…formée à la soudure TIG & MIG');
    expect(container.querySelector('.search-result script')).toBeNull();
    expect(within(card).getByRole('link', { name: 'Amina El Idrissi' })).toHaveAttribute('href', '/talents/64b7f0c2a1b2c3d4e5f60718');
    expect(within(card).getByText(/Langues :/)).toHaveTextContent('Langues : arabe (langue maternelle) et français (C1)');
  });

  it('loads the next page under the first with the cursor, keeping what is shown', async () => {
    const second = buildTalentHit({ id: '64b7f0c2a1b2c3d4e5f60719', displayName: 'Youssef Alaoui', highlights: {} });
    const { user, sent } = renderApp('/search?sector=construction', {
      routes: as(employer, {
        [SEARCH]: ({ url }) =>
          Response.json(
            url.searchParams.get('cursor') === 'page-2'
              ? buildTalentSearchResult({ items: [second], total: 2, nextCursor: null })
              : buildTalentSearchResult({ items: [buildTalentHit()], total: 2, nextCursor: 'page-2' }),
          ),
      }),
    });
    expect(await screen.findByText(fill(fr.search.talents.count_other, { total: 2 }))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: fr.common.loadMore }));
    expect(await screen.findByRole('link', { name: 'Youssef Alaoui' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: fr.search.talents.listLabel });
    expect(within(list).getAllByRole('heading', { level: 3 }).map((heading) => heading.querySelector('a')?.textContent)).toEqual(['Amina El Idrissi', 'Youssef Alaoui']);
    expect(sent(SEARCH).map((request) => request.url.searchParams.get('cursor'))).toEqual([null, 'page-2']);
    expect(sent(SEARCH)[1]!.url.searchParams.get('sector')).toBe('construction');
    expect(screen.getByText(fr.common.endOfList)).toBeInTheDocument();
  });

  it('never shows nationality, residence status, gender or age, even when an answer carries them', async () => {
    const leaky = { ...buildTalentHit(), nationality: 'Malienne', residenceStatus: 'asylum-seeker', gender: 'female', birthYear: 1987, email: 'amina@example.ma' };
    const { container, queryClient } = renderApp('/search', {
      routes: as(employer, { [SEARCH]: () => Response.json({ ...buildTalentSearchResult(), items: [leaky] }) }),
    });
    await screen.findByRole('link', { name: 'Amina El Idrissi' });
    for (const text of ['Malienne', 'asylum', 'female', '1987', 'amina@example.ma']) expect(container).not.toHaveTextContent(text);
    const cached = JSON.stringify(queryClient.getQueriesData({ queryKey: ['search'] }));
    for (const field of ['nationality', 'residenceStatus', 'gender', 'birthYear', 'email']) expect(cached).not.toContain(field);
  });

  it('when nothing matches, offers to drop each filter (and to accept any of the skills)', async () => {
    const { user, sent } = renderApp('/search?skills=construction.welding,construction.tig-welding&sector=health', {
      routes: as(employer, {
        [SEARCH]: ({ url }) => Response.json(url.searchParams.get('sector') ? buildTalentSearchResult({ items: [], total: 0 }) : buildTalentSearchResult()),
      }),
    });
    expect(await screen.findByText(fr.search.talents.empty)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: fr.search.talents.tryAnySkill })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: fill(fr.search.results.removeSuggestion, { label: 'Santé' }) }));
    await waitFor(() => expect(lastQuery(sent)).toBe('skills=construction.welding%2Cconstruction.tig-welding'));
    expect(await screen.findByRole('link', { name: 'Amina El Idrissi' })).toBeInTheDocument();
  });

  it('says why the search failed and searches again on Retry', async () => {
    let failures = 1;
    const { user } = renderApp('/search', {
      routes: as(employer, { [SEARCH]: () => (failures-- > 0 ? apiError(503, 'service_unavailable', 'Search is unavailable just now.') : Response.json(buildTalentSearchResult())) }),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(fr.errors.codes.server);
    await user.click(screen.getByRole('button', { name: fr.common.retry }));
    expect(await screen.findByRole('link', { name: 'Amina El Idrissi' })).toBeInTheDocument();
  });

  it('tells an employer whose organisation is not verified yet why they cannot search, without asking the API', async () => {
    const pending = buildMe({ ...employer, organisation: { ...employer.organisation!, status: 'pending' } });
    const { sent } = renderApp('/search', { routes: as(pending, {}) });
    expect(await screen.findByText(fr.search.talents.notVerified)).toBeInTheDocument();
    expect(sent(SEARCH)).toHaveLength(0);
  });

  it('is reached from the account menu, and folds the filters behind a disclosure on phones', async () => {
    const { user } = renderApp('/', { routes: as(employer, { [SEARCH]: () => Response.json(buildTalentSearchResult()) }) });
    await user.click(await screen.findByRole('button', { name: /Salma Berrada/ }));
    await user.click(screen.getByRole('link', { name: fr.search.nav }));
    const toggle = await screen.findByRole('button', { name: fr.search.filters.toggle });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(await screen.findByRole('button', { name: fr.search.filters.showResultsCount_one }));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('heading', { level: 2, name: fr.search.results.title })).toHaveFocus();
  });

  it('in Arabic, lays out right to left with Arabic labels, counts and facet names', async () => {
    renderApp('/search?lang=ar&sector=health', { routes: as(buildMe({ ...employer, locale: 'ar' }), { [SEARCH]: () => Response.json(buildTalentSearchResult()) }) });
    expect(await screen.findByRole('heading', { level: 1, name: ar.search.talents.title })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(await screen.findByText(ar.search.talents.count_one)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: fill(ar.search.chips.remove, { label: ar.sectors.health }) })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: fill(ar.search.filters.toggleCount, { count: 1 }) })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: `${ar.sectors.construction} (14)` })).toBeInTheDocument();
  });
});
