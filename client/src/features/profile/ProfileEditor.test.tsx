import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { OwnProfile, ProfilePatch } from '@kafaat/shared';
import { resources } from '../../i18n';
import { apiError, buildMe, buildSession, type Routes } from '../../testing/fakeApi';
import { renderApp } from '../../testing/renderApp';
import { applyPatch, buildNewProfile, buildOccupationList, buildOwnProfile, buildSkillSuggestion } from './factories';

const fr = resources.fr.translation.profile;
const PATCH = 'PATCH /api/v1/me/profile';
/** The About step's occupations field (its legend, marked optional). */
const OCCUPATIONS_GROUP = `${fr.about.occupations} ${resources.fr.translation.common.optional}`;

/** A signed-in talent whose profile the fake API keeps, applying PATCHes like the server does. */
function talentWith(start: OwnProfile, routes: Routes = {}): Routes {
  let profile = start;
  return {
    'GET /api/v1/auth/session': () => Response.json(buildSession(buildMe())),
    'GET /api/v1/me/profile': () => Response.json(profile),
    [PATCH]: ({ body }) => {
      profile = applyPatch(profile, body as ProfilePatch);
      return Response.json(profile);
    },
    'GET /api/v1/skills/engineering.civil-engineering': () =>
      Response.json({ id: 'engineering.civil-engineering', labels: { fr: 'Génie civil', en: 'Civil engineering', ar: 'الهندسة المدنية' }, sector: 'engineering' }),
    'GET /api/v1/occupations': () => Response.json(buildOccupationList()),
    ...routes,
  };
}

const stepHeading = (name: string) => screen.findByRole('heading', { level: 2, name });

describe('profile editor', () => {
  it('saves the About step with a PATCH of its sections only, then moves to Skills and says it is saved', async () => {
    const { user, sent } = renderApp('/profile/edit', { routes: talentWith(buildNewProfile()) });
    await stepHeading(fr.steps.about);
    expect(screen.getByText('Étape 1 sur 7')).toBeInTheDocument();
    await user.type(screen.getByLabelText(fr.about.headline), 'Carreleur');
    await user.selectOptions(screen.getByLabelText(new RegExp(fr.about.country)), 'MA');
    await user.type(screen.getByLabelText(new RegExp(fr.about.city)), 'Fès');
    await user.click(screen.getByRole('button', { name: fr.editor.next }));

    expect(await stepHeading(fr.steps.skills)).toHaveFocus();
    expect(window.location.search).toBe('?step=skills');
    expect(screen.getByText('Étape 2 sur 7')).toBeInTheDocument();
    expect(screen.getByText(fr.editor.saved.replace('{{step}}', fr.steps.about))).toBeInTheDocument();
    expect(sent(PATCH)).toHaveLength(1);
    expect(sent(PATCH)[0]?.body).toEqual({ kind: 'diaspora', headline: 'Carreleur', occupations: [], summary: '', country: 'MA', city: 'Fès' });
  });

  it('lets the talent pick occupations from the ISCO-08 list grouped by major group, and saves them with the About step', async () => {
    const { user, sent } = renderApp('/profile/edit?step=about', { routes: talentWith(buildOwnProfile({ occupations: ['214'] })) });
    const group = await screen.findByRole('group', { name: OCCUPATIONS_GROUP });
    expect(group).toHaveAccessibleDescription(fr.about.occupationsHint.replace('{{max}}', '5'));
    const list = within(group).getByRole('list', { name: fr.about.occupationsListLabel });
    expect(await within(list).findByText('Spécialistes, sciences techniques (sauf électrotechnique)')).toBeInTheDocument();

    const picker = await within(group).findByLabelText(fr.about.occupationsChoose);
    const optgroups = [...picker.querySelectorAll('optgroup')];
    expect(optgroups.map((optgroup) => optgroup.label)).toEqual(['Professions intellectuelles et scientifiques', "Métiers qualifiés de l'industrie et de l'artisanat"]);
    expect(optgroups.map((optgroup) => [...optgroup.querySelectorAll('option')].map((option) => option.value))).toEqual([['211'], ['711', '712']]);

    await user.selectOptions(picker, '712');
    await user.click(within(group).getByRole('button', { name: fr.about.occupationsAdd }));
    await waitFor(() => expect(picker).toHaveFocus()); // Ready for another choice.
    await user.click(within(group).getByRole('button', { name: fr.about.occupationsRemove.replace('{{occupation}}', 'Spécialistes, sciences techniques (sauf électrotechnique)') }));
    expect(within(group).getAllByRole('listitem').map((item) => item.querySelector('p')?.textContent)).toEqual(['Métiers qualifiés du bâtiment (finitions) et assimilés']);
    await user.click(screen.getByRole('button', { name: fr.editor.next }));

    await stepHeading(fr.steps.skills);
    expect(sent(PATCH)[0]?.body).toEqual(expect.objectContaining({ occupations: ['712'] }));
  });

  it('shows the server’s refusal of an occupation next to it, with a summary linking to it', async () => {
    const { user } = renderApp('/profile/edit?step=about', {
      routes: talentWith(buildOwnProfile(), {
        [PATCH]: () => apiError(400, 'validation_failed', 'Invalid input', [{ path: 'occupations.0', location: 'body', code: 'unknown_occupation', message: 'unknown' }]),
      }),
    });
    const group = await screen.findByRole('group', { name: OCCUPATIONS_GROUP });
    await user.selectOptions(await within(group).findByLabelText(fr.about.occupationsChoose), '711');
    await user.click(within(group).getByRole('button', { name: fr.about.occupationsAdd }));
    await user.click(screen.getByRole('button', { name: fr.editor.next }));

    const summary = await screen.findByRole('alert');
    await user.click(within(summary).getByRole('link', { name: fr.errors.occupations.unknown_occupation }));
    expect(within(group).getByText('Métiers qualifiés du bâtiment (gros œuvre) et assimilés')).toHaveFocus();
    expect(within(group).getByText(fr.errors.occupations.unknown_occupation)).toBeInTheDocument();
  });

  it('stops at five occupations and says why, rather than offering a sixth', async () => {
    renderApp('/profile/edit?step=about', { routes: talentWith(buildOwnProfile({ occupations: ['211', '214', '711', '712', '721'] })) });
    const group = await screen.findByRole('group', { name: OCCUPATIONS_GROUP });
    expect(await within(group).findByText(fr.about.occupationsFull.replace('{{max}}', '5'))).toBeInTheDocument();
    expect(within(group).queryByLabelText(fr.about.occupationsChoose)).not.toBeInTheDocument();
    expect(within(group).getByText('721')).toBeInTheDocument(); // Not in the list: named by its code rather than left blank.
  });

  it('still saves the rest of the About step when the list of occupations cannot be loaded', async () => {
    const { user, sent } = renderApp('/profile/edit?step=about', {
      routes: talentWith(buildOwnProfile(), { 'GET /api/v1/occupations': () => apiError(503, 'unavailable') }),
    });
    expect(await screen.findByText(fr.about.occupationsLoadError)).toBeInTheDocument();
    const headline = screen.getByLabelText(fr.about.headline);
    await user.clear(headline);
    await user.type(headline, 'Carreleur');
    await user.click(screen.getByRole('button', { name: fr.editor.next }));

    await stepHeading(fr.steps.skills);
    expect(sent(PATCH)[0]?.body).toEqual(expect.objectContaining({ headline: 'Carreleur', occupations: [] }));
  });

  it('keeps the input and shows the server’s field error next to the field, with a summary linking to it', async () => {
    const { user, sent } = renderApp('/profile/edit?step=about', {
      routes: talentWith(buildOwnProfile(), {
        [PATCH]: () => apiError(400, 'validation_failed', 'Invalid input', [{ path: 'city', location: 'body', code: 'too_big', message: 'must be at most 80 characters' }]),
      }),
    });
    const city = await screen.findByLabelText(new RegExp(fr.about.city));
    await user.clear(city);
    await user.type(city, 'Rabat');
    await user.click(screen.getByRole('button', { name: fr.editor.next }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: fr.errors.city.default })).toBeInTheDocument();
    expect(city).toHaveAccessibleDescription(fr.errors.city.default);
    expect(city).toHaveValue('Rabat');
    expect(window.location.search).toBe('?step=about');
    expect(sent(PATCH)).toHaveLength(1);
  });

  it('refuses an experience that ends before it starts without calling the server', async () => {
    const { user, sent } = renderApp('/profile/edit?step=experience', { routes: talentWith(buildOwnProfile()) });
    await stepHeading(fr.steps.experience);
    await user.click(screen.getByLabelText(fr.experience.fields.current));
    const end = screen.getByLabelText(fr.experience.fields.end);
    await user.type(end, '2010-01');
    await user.click(screen.getByRole('button', { name: fr.editor.next }));
    await waitFor(() => expect(end).toHaveAccessibleDescription(expect.stringContaining(fr.errors.experience.end.custom)));
    expect(sent(PATCH)).toHaveLength(0);
  });

  it('tells a talent without skills what to do, then saves a skill picked from the list with its level', async () => {
    const welding = buildSkillSuggestion();
    const { user, sent } = renderApp('/profile/edit?step=skills', {
      routes: talentWith(buildOwnProfile({ skills: [] }), {
        'GET /api/v1/skills/suggest': () => Response.json({ items: [welding] }),
      }),
    });
    expect(await screen.findByText(fr.skills.empty)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: fr.skills.emptyCv })).toHaveAttribute('href', '/profile/edit?step=documents');

    await user.type(screen.getByRole('combobox', { name: fr.skills.picker }), 'soud');
    await user.click(await screen.findByRole('option', { name: /Soudure/ }));
    const row = screen.getByRole('group', { name: 'Soudure' });
    await user.selectOptions(within(row).getByLabelText(fr.skills.level), '4');
    expect(within(row).getByLabelText(fr.skills.level)).toHaveAccessibleDescription(fr.skills.levelHints['4']);
    await user.click(within(row).getByLabelText(fr.skills.modes.informal));
    await user.click(screen.getByRole('button', { name: fr.editor.next }));

    await stepHeading(fr.steps.languages);
    expect(sent(PATCH)[0]?.body).toEqual({
      skills: [{ skillId: 'construction.welding', level: 4, years: 0, acquiredBy: ['work', 'informal'], evidence: [] }],
    });
  });

  it('names saved skills by their id, and asks before leaving with unsaved changes', async () => {
    const { user, sent } = renderApp('/profile/edit?step=skills', { routes: talentWith(buildOwnProfile()) });
    const row = await screen.findByRole('group', { name: 'Génie civil' });
    await user.clear(within(row).getByLabelText(new RegExp(fr.skills.years)));
    await user.type(within(row).getByLabelText(new RegExp(fr.skills.years)), '15');
    expect(screen.getByText(fr.editor.unsaved)).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: fr.editor.viewProfile }));
    expect(await screen.findByText(fr.editor.leaveTitle)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: fr.editor.stay }));
    expect(window.location.pathname).toBe('/profile/edit');
    expect(sent(PATCH)).toHaveLength(0);
  });

  it('goes back with the browser’s back button to the previous step', async () => {
    const { user } = renderApp('/profile/edit?step=about', { routes: talentWith(buildOwnProfile()) });
    await stepHeading(fr.steps.about);
    await user.click(screen.getByRole('button', { name: fr.editor.next }));
    await stepHeading(fr.steps.skills);
    window.history.back();
    expect(await stepHeading(fr.steps.about)).toHaveFocus();
  });

  it('explains the private questions before they are asked, each of them optional', async () => {
    const { user, sent } = renderApp('/profile/edit?step=privacy', { routes: talentWith(buildNewProfile()) });
    const group = await screen.findByRole('group', { name: fr.privacy.sensitiveTitle });
    expect(group).toHaveAccessibleDescription(fr.privacy.sensitiveExplanation);
    await user.click(screen.getByRole('radio', { name: new RegExp(fr.privacy.visibilityOptions.officers.title) }));
    await user.selectOptions(within(group).getByLabelText(new RegExp(fr.privacy.gender)), 'prefer-not-to-say');
    await user.click(screen.getByRole('button', { name: fr.editor.finish }));

    expect(await screen.findByText(fr.page.saved)).toHaveFocus();
    expect(sent(PATCH)[0]?.body).toEqual({
      visibility: 'officers',
      sensitive: { nationality: null, residenceStatus: null, gender: 'prefer-not-to-say', birthYear: null },
    });
  });
});
