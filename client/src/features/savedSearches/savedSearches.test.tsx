import { describe, expect, it, vi } from 'vitest';
import { render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { ReactNode } from 'react';
import type { SavedSearch } from '@kafaat/shared';
import { createI18n, resources } from '../../i18n';
import { apiError, buildMe, buildSession, createFakeApi, type Routes } from '../../testing/fakeApi';
import { renderApp } from '../../testing/renderApp';
import { buildNotification } from '../notifications/factories';
import { useSavedSearchAlertSentence } from './alertText';
import { buildSavedSearch, savedSearchPage } from './factories';
import { SaveSearchButton, type SaveSearchButtonProps } from './SaveSearchButton';

const fr = resources.fr.translation.savedSearches;
const en = resources.en.translation.savedSearches;
const LIST = 'GET /api/v1/saved-searches';
const CREATE = 'POST /api/v1/saved-searches';

/** Salma, employer of a verified organisation. */
const employer = (status: 'verified' | 'pending' = 'verified') =>
  buildMe({ id: '64b7f0c2a1b2c3d4e5f60720', role: 'employer', talentKind: null, displayName: 'Salma RH', organisation: { id: '64b7f0c2a1b2c3d4e5f60721', name: 'Fintech Casa', kind: 'employer', status, isAdmin: true } });

/** The button on a page of its own (as the search page renders it), with the fake API. */
function renderButton(props: SaveSearchButtonProps, routes: Routes = {}, locale: 'fr' | 'en' = 'fr') {
  const fake = createFakeApi({ 'GET /api/v1/auth/session': () => Response.json(buildSession(employer())), ...routes });
  vi.stubGlobal('fetch', fake.fetchMock);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter([
    { path: '/search', element: <SaveSearchButton {...props} /> },
    { path: '/saved-searches', element: <p>Mes recherches</p> },
  ], { initialEntries: ['/search'] });
  render(
    <I18nextProvider i18n={createI18n(locale)}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { ...fake, user: userEvent.setup(), router };
}

describe('<SaveSearchButton filters={…} />', () => {
  it('saves the search’s filters (not its order or page) under the name given, alerts on, and says where it is', async () => {
    const created = buildSavedSearch({ name: 'Béton à Rabat' });
    const { user, sent, router } = renderButton(
      { filters: new URLSearchParams('q=béton&country=MA&sort=recent&cursor=abc&lang=ar') },
      { [CREATE]: () => Response.json(created, { status: 201 }) },
    );
    await user.click(screen.getByRole('button', { name: fr.save.open }));
    const name = screen.getByRole('textbox', { name: fr.save.name });
    expect(name).toHaveFocus();
    expect(name).toHaveValue('béton'); // The free text searched for, to start from.
    expect(screen.getByRole('checkbox', { name: fr.save.alerts })).toBeChecked();
    await user.clear(name);
    await user.type(name, 'Béton à Rabat');
    await user.click(screen.getByRole('button', { name: fr.save.submit }));

    expect(await screen.findByText('Recherche « \u2068Béton à Rabat\u2069 » enregistrée.')).toHaveFocus();
    expect(sent(CREATE)[0]!.body).toEqual({ name: 'Béton à Rabat', filters: { q: 'béton', country: 'MA' }, alerts: true });
    await user.click(screen.getByRole('link', { name: fr.save.seeAll }));
    expect(router.state.location.pathname).toBe('/saved-searches');
  });

  it('asks for a name before sending anything, saves without alerts when unticked, and gives focus back on cancel', async () => {
    const { user, sent } = renderButton({ filters: { country: 'MA' } }, { [CREATE]: () => Response.json(buildSavedSearch({ alerts: false }), { status: 201 }) });
    const open = screen.getByRole('button', { name: fr.save.open });
    await user.click(open);
    await user.click(screen.getByRole('button', { name: fr.save.submit }));
    expect(screen.getByRole('textbox', { name: fr.save.name })).toHaveAccessibleDescription(expect.stringContaining(fr.fieldErrors.name.required));
    expect(sent(CREATE)).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: resources.fr.translation.common.cancel }));
    expect(screen.getByRole('button', { name: fr.save.open })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: fr.save.open }));
    await user.type(screen.getByRole('textbox', { name: fr.save.name }), 'Maroc');
    await user.click(screen.getByRole('checkbox', { name: fr.save.alerts }));
    await user.click(screen.getByRole('button', { name: fr.save.submit }));
    await waitFor(() => expect(sent(CREATE)).toHaveLength(1));
    expect(sent(CREATE)[0]!.body).toEqual({ name: 'Maroc', filters: { country: 'MA' }, alerts: false });
  });

  it('says when the person already keeps the most searches allowed, in English too', async () => {
    const { user } = renderButton({ filters: { q: 'welding' } }, { [CREATE]: () => apiError(409, 'limit_reached', 'limit', { max: 50 }) }, 'en');
    await user.click(screen.getByRole('button', { name: en.save.open }));
    await user.click(screen.getByRole('button', { name: en.save.submit }));
    expect(await screen.findByRole('alert')).toHaveTextContent(en.errors.limit.replace('{{max}}', '50'));
  });
});

/** Salma signed in; GET /saved-searches answers the server's current list, which PATCH and DELETE change. */
function withSearches(start: SavedSearch[], me = employer()) {
  let items = [...start];
  const routes: Routes = {
    'GET /api/v1/auth/session': () => Response.json(buildSession(me)),
    'GET /api/v1/notifications': () => Response.json({ items: [], nextCursor: null, unreadCount: 0 }),
    'GET /api/v1/conversations': () => Response.json({ items: [], nextCursor: null }),
    [LIST]: () => Response.json(savedSearchPage(items)),
  };
  for (const search of start) {
    routes[`PATCH /api/v1/saved-searches/${search.id}`] = ({ body }) => {
      items = items.map((item) => (item.id === search.id ? { ...item, ...(body as object) } : item));
      return Response.json(items.find((item) => item.id === search.id));
    };
    routes[`DELETE /api/v1/saved-searches/${search.id}`] = () => {
      items = items.filter((item) => item.id !== search.id);
      return new Response(null, { status: 204 });
    };
  }
  return routes;
}

describe('the saved searches page (/saved-searches)', () => {
  it('lists each search by name, with what it looks for in words and a link that runs it', async () => {
    const civil = buildSavedSearch({ filters: { q: 'génie civil', country: 'MA', minYears: '3' } });
    const all = buildSavedSearch({ name: 'Tout le monde', filters: {}, alerts: false });
    renderApp('/saved-searches', { routes: withSearches([civil, all]) });

    const item = (await screen.findByRole('heading', { name: 'Ingénieurs civils à Rabat' })).closest('li')!;
    expect(within(item).getByText('« génie civil », Maroc et Au moins 3 ans de pratique')).toBeInTheDocument();
    expect(within(item).getByText('Enregistrée le 12 mars 2026')).toBeInTheDocument();
    expect(within(item).getByRole('link', { name: 'Lancer la recherche « \u2068Ingénieurs civils à Rabat\u2069 »' })).toHaveAttribute('href', `/search?${civil.query}`);
    expect(within(item).getByRole('checkbox', { name: fr.item.alerts })).toBeChecked();

    const other = screen.getByRole('heading', { name: 'Tout le monde' }).closest('li')!;
    expect(within(other).getByText(fr.item.noFilters)).toBeInTheDocument();
    expect(within(other).getByRole('link', { name: 'Lancer la recherche « \u2068Tout le monde\u2069 »' })).toHaveAttribute('href', '/search');
    expect(within(other).getByRole('checkbox', { name: fr.item.alerts })).not.toBeChecked();
  });

  it('turns alerts off and on, saved at once and said next to the box', async () => {
    const civil = buildSavedSearch();
    const { user, sent } = renderApp('/saved-searches', { routes: withSearches([civil]) });
    const box = await screen.findByRole('checkbox', { name: fr.item.alerts });
    await user.click(box);
    expect(await screen.findByText('Alertes désactivées pour « \u2068Ingénieurs civils à Rabat\u2069 ».')).toBeInTheDocument();
    expect(box).not.toBeChecked();
    expect(box).toHaveFocus();
    expect(sent(`PATCH /api/v1/saved-searches/${civil.id}`)[0]!.body).toEqual({ alerts: false });
    await user.click(box);
    expect(await screen.findByText('Alertes activées pour « \u2068Ingénieurs civils à Rabat\u2069 ».')).toBeInTheDocument();
    expect(box).toBeChecked();
  });

  it('renames a search in place', async () => {
    const civil = buildSavedSearch();
    const { user, sent } = renderApp('/saved-searches', { routes: withSearches([civil]) });
    await user.click(await screen.findByRole('button', { name: 'Renommer « \u2068Ingénieurs civils à Rabat\u2069 »' }));
    const name = screen.getByRole('textbox', { name: fr.save.name });
    expect(name).toHaveFocus();
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: resources.fr.translation.common.save }));
    expect(name).toHaveAccessibleDescription(expect.stringContaining(fr.fieldErrors.name.required));
    await user.type(name, 'Génie civil – Rabat');
    await user.click(screen.getByRole('button', { name: resources.fr.translation.common.save }));

    expect(await screen.findByText('Recherche renommée : « \u2068Génie civil – Rabat\u2069 ».')).toHaveFocus();
    expect(screen.getByRole('heading', { name: 'Génie civil – Rabat' })).toBeInTheDocument();
    expect(sent(`PATCH /api/v1/saved-searches/${civil.id}`)[0]!.body).toEqual({ name: 'Génie civil – Rabat' });
  });

  it('deletes a search only once confirmed', async () => {
    const civil = buildSavedSearch();
    const { user, sent } = renderApp('/saved-searches', { routes: withSearches([civil, buildSavedSearch({ name: 'Autre' })]) });
    const remove = await screen.findByRole('button', { name: 'Supprimer « \u2068Ingénieurs civils à Rabat\u2069 »' });
    await user.click(remove);
    const confirm = screen.getByRole('group', { name: 'Supprimer « \u2068Ingénieurs civils à Rabat\u2069 » ?' });
    await user.click(within(confirm).getByRole('button', { name: resources.fr.translation.common.cancel }));
    expect(screen.getByRole('button', { name: 'Supprimer « \u2068Ingénieurs civils à Rabat\u2069 »' })).toHaveFocus();
    expect(sent(`DELETE /api/v1/saved-searches/${civil.id}`)).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Supprimer « \u2068Ingénieurs civils à Rabat\u2069 »' }));
    await user.click(within(screen.getByRole('group', { name: 'Supprimer « \u2068Ingénieurs civils à Rabat\u2069 » ?' })).getByRole('button', { name: fr.item.confirmDeleteYes }));
    expect(await screen.findByText('Recherche « \u2068Ingénieurs civils à Rabat\u2069 » supprimée.')).toHaveFocus();
    expect(screen.queryByRole('heading', { name: 'Ingénieurs civils à Rabat' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Autre' })).toBeInTheDocument();
    expect(sent(`DELETE /api/v1/saved-searches/${civil.id}`)).toHaveLength(1);
  });

  it('says there is none yet and leads to the talent search', async () => {
    renderApp('/saved-searches', { routes: withSearches([]) });
    expect(await screen.findByText(fr.page.empty)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: fr.page.emptyAction })).toHaveAttribute('href', '/search');
  });

  it('tells an employer whose organisation is not verified yet why there is nothing, without asking the server', async () => {
    const { sent } = renderApp('/saved-searches', { routes: withSearches([buildSavedSearch()], employer('pending')) });
    expect(await screen.findByText(fr.page.notAllowed)).toBeInTheDocument();
    expect(sent(LIST)).toHaveLength(0);
  });

  it('reads in Arabic', async () => {
    renderApp('/saved-searches?lang=ar', { routes: withSearches([buildSavedSearch()]) });
    expect(await screen.findByRole('heading', { level: 1, name: resources.ar.translation.savedSearches.page.title })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'تشغيل البحث «\u2068Ingénieurs civils à Rabat\u2069»' })).toBeInTheDocument();
  });
});

describe('the sentence of a saved-search alert', () => {
  function sentence(locale: 'fr' | 'ar' | 'en') {
    const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={createI18n(locale)}>{children}</I18nextProvider>;
    return renderHook(() => useSavedSearchAlertSentence(), { wrapper }).result.current;
  }
  const alert = (count: number, actorName: string | null) =>
    buildNotification({ kind: 'savedSearchAlert', opportunity: null, preview: null, count, actorName, savedSearch: { id: '77a000000000000000000001', name: 'Civil engineers in Rabat', profileIds: [] } });

  it('names the one talent found, or says how many, with the search’s name', () => {
    expect(sentence('en')(alert(3, null))).toBe('3 new talents match “\u2068Civil engineers in Rabat\u2069”');
    expect(sentence('en')(alert(1, 'Amina El Idrissi'))).toBe('\u2068Amina El Idrissi\u2069 matches your saved search “\u2068Civil engineers in Rabat\u2069”');
    expect(sentence('fr')(alert(2, null))).toBe('2 nouveaux talents correspondent à « \u2068Civil engineers in Rabat\u2069 »');
    expect(sentence('ar')(alert(5, null))).toBe('كفاءات جديدة تطابق «\u2068Civil engineers in Rabat\u2069»: 5');
    expect(sentence('fr')(alert(1, null))).toBe('\u2068Quelqu’un\u2069 correspond à votre recherche « \u2068Civil engineers in Rabat\u2069 »');
  });
});
