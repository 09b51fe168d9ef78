import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { OwnProfile } from '@kafaat/shared';
import { resources } from '../i18n';
import { buildOccupationList, buildOwnProfile, viewerOf } from '../features/profile/factories';
import { apiError, buildMe, buildSession, type Routes } from '../testing/fakeApi';
import { renderApp } from '../testing/renderApp';

const fr = resources.fr.translation.profile;
const ar = resources.ar.translation.profile;
/** The About step's occupations field (its legend, marked optional). */
const OCCUPATIONS_GROUP = `${fr.about.occupations} ${resources.fr.translation.common.optional}`;
const TALENT_ID = '64b7f0c2a1b2c3d4e5f60718';

const civilEngineering = () =>
  Response.json({ id: 'engineering.civil-engineering', labels: { fr: 'Génie civil', en: 'Civil engineering', ar: 'الهندسة المدنية' }, sector: 'engineering' });

function talent(profile: OwnProfile, routes: Routes = {}): Routes {
  return {
    'GET /api/v1/auth/session': () => Response.json(buildSession(buildMe())),
    'GET /api/v1/me/profile': () => Response.json(profile),
    'GET /api/v1/skills/engineering.civil-engineering': civilEngineering,
    'GET /api/v1/occupations': () => Response.json(buildOccupationList()),
    ...routes,
  };
}

function employer(routes: Routes): Routes {
  const me = buildMe({
    id: '64b7f0c2a1b2c3d4e5f60799',
    role: 'employer',
    talentKind: null,
    displayName: 'Salma RH',
    organisation: { id: '64b7f0c2a1b2c3d4e5f60700', name: 'Fintech Casa', kind: 'employer', status: 'verified', isAdmin: true },
  });
  return {
    'GET /api/v1/auth/session': () => Response.json(buildSession(me)),
    'GET /api/v1/skills/engineering.civil-engineering': civilEngineering,
    'GET /api/v1/occupations': () => Response.json(buildOccupationList()),
    ...routes,
  };
}

/** Things only the talent may ever see of this profile (buildOwnProfile's private answers). */
function expectNoPrivateAnswers() {
  expect(screen.queryByText('Sénégal')).not.toBeInTheDocument();
  expect(screen.queryByText(fr.privacy.residence['residence-permit'])).not.toBeInTheDocument();
  expect(screen.queryByText(fr.privacy.genders.woman)).not.toBeInTheDocument();
  expect(screen.queryByText('1988')).not.toBeInTheDocument();
  expect(screen.queryByText(fr.view.onlyYou)).not.toBeInTheDocument();
}

describe('my profile', () => {
  it('shows everything, private answers marked "only you", with links to edit and to the preview', async () => {
    renderApp('/profile', { routes: talent(buildOwnProfile()) });
    expect(await screen.findByRole('heading', { level: 1, name: fr.page.title })).toBeInTheDocument();
    expect(await screen.findByText('Génie civil')).toBeInTheDocument();
    const privacy = screen.getByRole('region', { name: new RegExp(fr.steps.privacy) });
    expect(within(privacy).getByText(fr.view.onlyYou)).toBeInTheDocument();
    expect(within(privacy).getByText('Sénégal')).toBeInTheDocument();
    expect(within(privacy).getByText(fr.privacy.residence['residence-permit'])).toBeInTheDocument();
    expect(screen.getByRole('link', { name: fr.page.edit })).toHaveAttribute('href', '/profile/edit');
    expect(screen.getByRole('link', { name: fr.page.preview })).toHaveAttribute('href', '/profile/preview');
    expect(screen.getByText('de septembre 2014 à aujourd’hui')).toBeInTheDocument();
  });

  it('lists the next three steps of the completeness card as links to the right editor step', async () => {
    const { user } = renderApp('/profile', { routes: talent(buildOwnProfile()) });
    const card = await screen.findByRole('region', { name: /Profil complet à 70/ });
    const links = within(card).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      [fr.completeness.steps.availability, '/profile/edit?step=engagement'],
      [fr.completeness.steps.cv, '/profile/edit?step=documents'],
      [fr.completeness.steps.summary, '/profile/edit?step=about'],
    ]);
    await user.click(within(card).getByRole('link', { name: fr.completeness.steps.availability }));
    expect(await screen.findByRole('heading', { level: 2, name: fr.steps.engagement })).toBeInTheDocument();
  });

  it('links the "occupations" suggestion to the About step, where they are chosen', async () => {
    const { user } = renderApp('/profile', { routes: talent(buildOwnProfile({ completeness: { score: 90, next: ['occupations'] } })) });
    const card = await screen.findByRole('region', { name: /Profil complet à 90/ });
    const link = within(card).getByRole('link', { name: fr.completeness.steps.occupations });
    expect(link).toHaveAttribute('href', '/profile/edit?step=about');
    await user.click(link);
    expect(await screen.findByRole('group', { name: OCCUPATIONS_GROUP })).toBeInTheDocument();
  });

  it('names the occupations in Arabic when the interface is in Arabic', async () => {
    renderApp('/profile?lang=ar', { routes: talent(buildOwnProfile({ occupations: ['214'] })) });
    const about = await screen.findByRole('region', { name: new RegExp(ar.view.about) });
    expect(within(about).getByText(ar.view.occupations)).toBeInTheDocument();
    expect(await within(about).findByText('اختصاصيو الهندسة (باستثناء الهندسة الكهروتقنية)')).toBeInTheDocument();
  });

  it('says what to do when there are no skills yet', async () => {
    renderApp('/profile', { routes: talent(buildOwnProfile({ skills: [] })) });
    expect(await screen.findByText(fr.view.noSkillsOwn)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: fr.view.addSkills })).toHaveAttribute('href', '/profile/edit?step=skills');
  });

  it('invites a talent who never saved a profile to start it', async () => {
    renderApp('/profile', { routes: talent(buildOwnProfile({ saved: false, completeness: { score: 0, next: ['headline', 'skills', 'languages'] } })) });
    expect(await screen.findByText(fr.page.emptyTitle)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: fr.page.start })).toHaveAttribute('href', '/profile/edit');
  });

  it('is reachable from the account menu', async () => {
    const { user } = renderApp('/', { routes: talent(buildOwnProfile()) });
    await user.click(await screen.findByRole('button', { name: /Amina El Idrissi/ }));
    expect(screen.getByRole('link', { name: fr.nav })).toHaveAttribute('href', '/profile');
  });

  it('renders right to left in Arabic, with the step counter in Arabic', async () => {
    renderApp('/profile/edit?step=skills&lang=ar', { routes: talent(buildOwnProfile()) });
    expect(await screen.findByRole('heading', { level: 1, name: ar.editor.title })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(await screen.findByText('المرحلة 2 من 7')).toBeInTheDocument();
    expect(await screen.findByRole('group', { name: 'الهندسة المدنية' })).toBeInTheDocument();
  });
});

describe('my profile as others see it', () => {
  it('shows the viewer form, says what is hidden and who can see it now, and no private answer', async () => {
    const profile = buildOwnProfile({ visibility: 'officers' });
    renderApp('/profile/preview', { routes: talent(profile, { 'GET /api/v1/me/profile/preview': () => Response.json(viewerOf(profile)) }) });
    expect(await screen.findByText('Ingénieure en génie civil')).toBeInTheDocument();
    expect(screen.getByText(fr.preview.hiddenSensitive)).toBeInTheDocument();
    expect(screen.getByText(fr.preview.hiddenDocuments)).toBeInTheDocument();
    expect(screen.getByText(fr.preview.hiddenVisibility)).toBeInTheDocument();
    expect(await screen.findByText(fr.preview.visibilityNow.officers)).toBeInTheDocument();
    expect(screen.getByText(fr.view.noDocuments)).toBeInTheDocument();
    expectNoPrivateAnswers();
  });

  it('refuses to show an answer that carries private fields, rather than showing them', async () => {
    const profile = buildOwnProfile();
    const leaky = { ...viewerOf(profile), sensitive: profile.sensitive, visibility: profile.visibility };
    renderApp('/profile/preview', { routes: talent(profile, { 'GET /api/v1/me/profile/preview': () => Response.json(leaky) }) });
    expect(await screen.findByRole('alert')).toHaveTextContent(resources.fr.translation.errors.codes.unknown);
    expect(screen.queryByText('Ingénieure en génie civil')).not.toBeInTheDocument();
    expectNoPrivateAnswers();
  });
});

describe("a talent's profile, for employers and officers", () => {
  it('shows the profile under the talent’s name, without private answers', async () => {
    const profile = buildOwnProfile({ occupations: ['214'] });
    renderApp(`/talents/${TALENT_ID}`, {
      routes: employer({
        [`GET /api/v1/talents/${TALENT_ID}`]: () =>
          Response.json(viewerOf(profile, [{ id: '65a1b2c3d4e5f60718293a4b', kind: 'cv', name: 'CV Amina.pdf', size: 1000 }])),
      }),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Amina El Idrissi' })).toBeInTheDocument();
    expect(await screen.findByText('Génie civil')).toBeInTheDocument();
    expect(await screen.findByText('Spécialistes, sciences techniques (sauf électrotechnique)')).toBeInTheDocument();
    expect(screen.getByText('CV Amina.pdf')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: new RegExp(fr.view.edit) })).not.toBeInTheDocument();
    expectNoPrivateAnswers();
  });

  it('says the profile is not found (absent or hidden by its owner)', async () => {
    renderApp(`/talents/${TALENT_ID}`, { routes: employer({ [`GET /api/v1/talents/${TALENT_ID}`]: () => apiError(404, 'not_found') }) });
    expect(await screen.findByRole('heading', { level: 1, name: fr.talent.notFoundTitle })).toBeInTheDocument();
    expect(screen.getByText(fr.talent.notFoundBody)).toBeInTheDocument();
  });

  it('explains who may see profiles when the server refuses', async () => {
    renderApp(`/talents/${TALENT_ID}`, { routes: employer({ [`GET /api/v1/talents/${TALENT_ID}`]: () => apiError(403, 'forbidden') }) });
    expect(await screen.findByRole('heading', { level: 1, name: fr.talent.forbiddenTitle })).toBeInTheDocument();
  });

  it('does not ask the server about an address that cannot be a talent', async () => {
    const { sent } = renderApp('/talents/not-an-id', { routes: employer({}) });
    expect(await screen.findByRole('heading', { level: 1, name: fr.talent.notFoundTitle })).toBeInTheDocument();
    expect(sent('GET /api/v1/talents/not-an-id')).toHaveLength(0);
  });
});
