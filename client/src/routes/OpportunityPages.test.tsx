import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { resources } from '../i18n';
import { buildApplication } from '../features/applications/factories';
import { buildDocument, buildDocumentList } from '../features/documents/factories';
import { OFFICER_ORG_ID, buildOpportunity } from '../features/opportunities/factories';
import { buildOwnProfile, viewerOf } from '../features/profile/factories';
import { apiError, buildMe, buildSession, type RecordedRequest, type Routes } from '../testing/fakeApi';
import { renderApp } from '../testing/renderApp';

const fr = resources.fr.translation.opportunities;
const ar = resources.ar.translation.opportunities;
const ID = '65c0ffee0000000000000001';
const TITLE = 'Former les techniciens à la maintenance des scanners';

const officer = buildMe({
  id: '64b7f0c2a1b2c3d4e5f60799',
  role: 'officer',
  talentKind: null,
  displayName: 'Nadia Bennani',
  organisation: { id: OFFICER_ORG_ID, name: 'Programme Diaspora Santé', kind: 'institution', status: 'verified', isAdmin: true },
});
const as = (me: ReturnType<typeof buildMe>, routes: Routes): Routes => ({ 'GET /api/v1/auth/session': () => Response.json(buildSession(me)), ...routes });
const forTalent = buildOpportunity({ canManage: false });

describe('published opportunities, for talents', () => {
  it('lists them with a filter by kind kept in the address, and pages through them', async () => {
    const second = buildOpportunity({ id: '65c0ffee0000000000000002', title: { fr: 'Appui à la coopérative d’Agadir' }, canManage: false });
    const { user, sent } = renderApp('/opportunities', {
      routes: as(buildMe(), {
        'GET /api/v1/opportunities': ({ url }: RecordedRequest) =>
          Response.json(url.searchParams.get('cursor') ? { items: [second], nextCursor: null } : { items: [forTalent], nextCursor: 'page-2' }),
      }),
    });
    expect(await screen.findByRole('link', { name: TITLE })).toHaveAttribute('href', `/opportunities/${ID}`);
    await user.click(screen.getByRole('button', { name: resources.fr.translation.common.loadMore }));
    expect(await screen.findByRole('link', { name: 'Appui à la coopérative d’Agadir' })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText(fr.list.typeFilter), fr.types.mission.plural);
    await waitFor(() => expect(sent('GET /api/v1/opportunities').some((r) => r.url.searchParams.get('type') === 'mission')).toBe(true));
    expect(window.location.search).toBe('?type=mission');
    expect(sent('GET /api/v1/opportunities').every((r) => r.url.searchParams.get('mine') === null)).toBe(true);
  });

  it('says so when nothing is published yet, and what to do meanwhile', async () => {
    renderApp('/opportunities', { routes: as(buildMe(), { 'GET /api/v1/opportunities': () => Response.json({ items: [], nextCursor: null }) }) });
    expect(await screen.findByText(fr.list.empty)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: fr.list.emptyProfile })).toHaveAttribute('href', '/profile/edit?step=skills');
  });

  it('lets a talent apply with a message and some of their documents; no "manage" links for them', async () => {
    const cv = buildDocument();
    const { user, sent } = renderApp(`/opportunities/${ID}`, {
      routes: as(buildMe(), {
        [`GET /api/v1/opportunities/${ID}`]: () => Response.json(forTalent),
        'GET /api/v1/me/documents': () => Response.json(buildDocumentList([cv])),
        [`POST /api/v1/opportunities/${ID}/applications`]: () => Response.json(buildApplication({ allowedMoves: ['withdrawn'] }), { status: 201 }),
      }),
    });
    expect(await screen.findByRole('heading', { level: 1, name: TITLE })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: fr.manage.title })).not.toBeInTheDocument();
    expect(screen.getByText('CHU Hassan II')).toBeInTheDocument();
    expect(screen.getByText(/6.000\sMAD/)).toBeInTheDocument();

    const form = screen.getByRole('region', { name: fr.apply.title });
    await user.click(within(form).getByRole('button', { name: fr.apply.submit }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(fr.apply.errors.motivation.default);
    await user.type(within(form).getByLabelText(fr.apply.motivation), 'J’ai installé ce modèle de scanner à Toulouse.');
    await user.click(await within(form).findByRole('checkbox', { name: 'CV Amina.pdf' }));
    await user.click(within(form).getByRole('button', { name: fr.apply.submit }));
    expect(await within(form).findByText(fr.apply.sent)).toBeInTheDocument();
    expect(sent(`POST /api/v1/opportunities/${ID}/applications`)[0]!.body).toEqual({ motivation: 'J’ai installé ce modèle de scanner à Toulouse.', documentIds: [cv.id] });
  });

  it('explains a refusal to apply twice and points to the applications page', async () => {
    const { user } = renderApp(`/opportunities/${ID}`, {
      routes: as(buildMe(), {
        [`GET /api/v1/opportunities/${ID}`]: () => Response.json(forTalent),
        'GET /api/v1/me/documents': () => Response.json(buildDocumentList([])),
        [`POST /api/v1/opportunities/${ID}/applications`]: () => apiError(409, 'conflict', 'You already applied to this opportunity.', { reason: 'already_applied', stage: 'applied' }),
      }),
    });
    const form = await screen.findByRole('region', { name: fr.apply.title });
    expect(await within(form).findByText(fr.apply.noDocuments, { exact: false })).toBeInTheDocument();
    await user.type(within(form).getByLabelText(fr.apply.motivation), 'Encore moi.');
    await user.click(within(form).getByRole('button', { name: fr.apply.submit }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(resources.fr.translation.applications.errors.alreadyApplied);
  });

  it('shows an opportunity written only in French to an Arabic reader, marked as French, in a right-to-left page', async () => {
    renderApp(`/opportunities/${ID}?lang=ar`, {
      routes: as(buildMe({ locale: 'ar' }), {
        [`GET /api/v1/opportunities/${ID}`]: () => Response.json(forTalent),
        'GET /api/v1/me/documents': () => Response.json(buildDocumentList([])),
      }),
    });
    expect(await screen.findByRole('heading', { level: 1, name: TITLE })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    const description = screen.getByText('Le service d’imagerie du CHU accueille un expert pendant deux semaines.');
    expect(description).toHaveAttribute('lang', 'fr');
    expect(description).toHaveAttribute('dir', 'ltr');
    expect(screen.getByText('نص محرر باللغة Français (لم يُترجم بعد إلى لغتك):')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: ar.apply.title })).toBeInTheDocument();
  });

  it('says an opportunity that is not found, without asking the server about a malformed address', async () => {
    const { sent } = renderApp('/opportunities/nope', { routes: as(buildMe(), {}) });
    expect(await screen.findByRole('heading', { level: 1, name: fr.page.notFoundTitle })).toBeInTheDocument();
    expect(sent('GET /api/v1/opportunities/nope')).toHaveLength(0);
  });
});

describe('opportunities, for an organisation', () => {
  it('lists its own in any status, filtered by status, with a way to write a new one', async () => {
    const { user, sent } = renderApp('/organisation/opportunities', {
      routes: as(officer, { 'GET /api/v1/opportunities': () => Response.json({ items: [buildOpportunity({ status: 'draft', publishedAt: null })], nextCursor: null }) }),
    });
    expect(await screen.findByText(fr.statuses.draft, { selector: '.badge' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: fr.mine.new })).toHaveAttribute('href', '/opportunities/new');
    expect(sent('GET /api/v1/opportunities')[0]!.url.searchParams.get('mine')).toBe('true');
    await user.selectOptions(screen.getByLabelText(fr.list.statusFilter), fr.statuses.published);
    await waitFor(() => expect(sent('GET /api/v1/opportunities').some((r) => r.url.searchParams.get('status') === 'published')).toBe(true));
  });

  it('offers its managers the lifecycle moves allowed now and explains an invalid one', async () => {
    const { user } = renderApp(`/opportunities/${ID}`, {
      routes: as(officer, {
        [`GET /api/v1/opportunities/${ID}`]: () => Response.json(buildOpportunity()),
        [`POST /api/v1/opportunities/${ID}/status`]: () =>
          apiError(409, 'invalid_transition', 'This opportunity was just changed by someone else; it is now closed.', { from: 'closed', allowed: ['published'] }),
      }),
    });
    const manage = await screen.findByRole('region', { name: fr.manage.title });
    expect(within(manage).getAllByRole('button').map((button) => button.textContent)).toEqual([fr.status.to.closed, fr.status.to.filled, fr.status.to['in-progress']]);
    await user.click(within(manage).getByRole('button', { name: fr.status.to.filled }));
    expect(await within(manage).findByRole('alert')).toHaveTextContent(
      `Ce changement n’est pas possible : l’opportunité est maintenant « ${fr.statuses.closed} ». Possible à partir de là : ${fr.statuses.published}.`,
    );
  });

  it('invites a talent from their profile to one of the organisation’s published opportunities', async () => {
    const profile = buildOwnProfile();
    const { user, sent } = renderApp(`/talents/${profile.id}`, {
      routes: as(officer, {
        [`GET /api/v1/talents/${profile.id}`]: () => Response.json(viewerOf(profile)),
        'GET /api/v1/skills/engineering.civil-engineering': () =>
          Response.json({ id: 'engineering.civil-engineering', labels: { fr: 'Génie civil', en: 'Civil engineering', ar: 'الهندسة المدنية' }, sector: 'engineering' }),
        'GET /api/v1/opportunities': () => Response.json({ items: [buildOpportunity()], nextCursor: null }),
        [`POST /api/v1/opportunities/${ID}/invitations`]: () => Response.json(buildApplication({ stage: 'invited', allowedMoves: ['withdrawn'] }), { status: 201 }),
      }),
    });
    const form = await screen.findByRole('region', { name: 'Inviter Amina El Idrissi à une opportunité' });
    await user.selectOptions(await within(form).findByLabelText(fr.invite.opportunity), TITLE);
    await user.click(within(form).getByRole('button', { name: fr.invite.submit }));
    expect(await within(form).findByText('Invitation envoyée à Amina El Idrissi.')).toBeInTheDocument();
    expect(sent(`POST /api/v1/opportunities/${ID}/invitations`)[0]!.body).toEqual({ talentId: profile.id, message: '' });
    const list = sent('GET /api/v1/opportunities')[0]!.url.searchParams;
    expect([list.get('mine'), list.get('status')]).toEqual(['true', 'published']);
  });

  it('is reachable from the account menu: "Opportunities" for officers, "Opportunities" and "My applications" for talents', async () => {
    const first = renderApp('/', { routes: as(officer, {}) });
    await first.user.click(await screen.findByRole('button', { name: /Nadia Bennani/ }));
    expect(screen.getByRole('link', { name: fr.nav })).toHaveAttribute('href', '/organisation/opportunities');
    first.unmount();

    const second = renderApp('/', { routes: as(buildMe(), {}) });
    await second.user.click(await screen.findByRole('button', { name: /Amina El Idrissi/ }));
    expect(screen.getByRole('link', { name: fr.nav })).toHaveAttribute('href', '/opportunities');
    expect(screen.getByRole('link', { name: resources.fr.translation.applications.nav })).toHaveAttribute('href', '/applications');
  });
});
