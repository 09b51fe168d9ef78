import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { Opportunity } from '@kafaat/shared';
import { resources } from '../../../i18n';
import { apiError, buildMe, buildSession, type Routes } from '../../../testing/fakeApi';
import { renderApp } from '../../../testing/renderApp';
import { OFFICER_ORG_ID, buildOpportunity } from '../factories';

const fr = resources.fr.translation.opportunities;
const ID = '65c0ffee0000000000000001';

function officer(routes: Routes, status: 'verified' | 'pending' = 'verified'): Routes {
  const me = buildMe({
    id: '64b7f0c2a1b2c3d4e5f60799',
    role: 'officer',
    talentKind: null,
    displayName: 'Nadia Bennani',
    organisation: { id: OFFICER_ORG_ID, name: 'Programme Diaspora Santé', kind: 'institution', status, isAdmin: true },
  });
  return { 'GET /api/v1/auth/session': () => Response.json(buildSession(me)), ...routes };
}

/** Fills what a mission needs, in French, as an officer would (long texts pasted, to keep the test quick). */
async function fillMission(user: ReturnType<typeof renderApp>['user']) {
  const write = async (label: string, text: string) => {
    const field = screen.getByLabelText(label);
    await user.clear(field);
    await user.click(field);
    await user.paste(text);
  };
  await user.click(await screen.findByRole('radio', { name: new RegExp(`^${fr.types.mission.title}`) }));
  await write('Titre (Français)', 'Former les techniciens à la maintenance des scanners');
  await write('Description (Français)', 'Deux semaines au service d’imagerie.');
  await user.selectOptions(screen.getByLabelText(fr.editor.sector), 'health');
  await write(fr.editor.hostInstitution, 'CHU Hassan II');
  await write(fr.editor.objectives, 'Former 12 techniciens.');
  await write(fr.editor.durationDays, '10');
  await write(fr.editor.travelMad, '6000');
  await write(fr.editor.dailyAllowanceMad, '900');
}

describe('the opportunity editor', { timeout: 15_000 }, () => {
  it('explains what to fix, next to each field, before sending anything', async () => {
    const { user, sent } = renderApp('/opportunities/new', { routes: officer({}) });
    expect(await screen.findByRole('heading', { level: 1, name: fr.editor.newTitle })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: fr.editor.saveDraft }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent(fr.errors.fields.type.default);
    expect(summary).toHaveTextContent(fr.errors.fields.title.default);
    expect(summary).toHaveTextContent(fr.errors.fields.sector.default);
    expect(screen.getByLabelText(fr.editor.sector)).toHaveAccessibleDescription(fr.errors.fields.sector.default);
    expect(sent('POST /api/v1/opportunities')).toHaveLength(0);

    await user.click(screen.getByRole('radio', { name: new RegExp(`^${fr.types.mission.title}`) }));
    await user.click(screen.getByRole('button', { name: fr.editor.saveDraft }));
    expect(await screen.findByLabelText(fr.editor.durationDays)).toHaveAccessibleDescription(new RegExp(fr.errors.fields.mission.durationDays.default));
    expect(screen.getByLabelText(fr.editor.hostInstitution)).toHaveAccessibleDescription(new RegExp(fr.errors.fields.mission.hostInstitution.default));
    expect(sent('POST /api/v1/opportunities')).toHaveLength(0);
  });

  it('shows the server’s field errors next to the same fields, keeping what was typed', async () => {
    const { user, sent } = renderApp('/opportunities/new', {
      routes: officer({
        'POST /api/v1/opportunities': () =>
          apiError(400, 'validation_failed', 'Some fields are invalid.', [{ path: 'mission.hostInstitution', location: 'body', code: 'too_small', message: 'is required' }]),
      }),
    });
    await fillMission(user);
    await user.click(screen.getByRole('button', { name: fr.editor.saveDraft }));
    await waitFor(() => expect(sent('POST /api/v1/opportunities')).toHaveLength(1));
    const host = screen.getByLabelText(fr.editor.hostInstitution);
    expect(host).toHaveAccessibleDescription(new RegExp(fr.errors.fields.mission.hostInstitution.default));
    expect(host).toHaveAttribute('aria-invalid', 'true');
    expect(host).toHaveValue('CHU Hassan II');
    expect(screen.getByRole('alert')).toHaveTextContent(fr.errors.fields.mission.hostInstitution.default);
  });

  it('saves a mission as a draft with its terms and budget in dirhams, then offers to publish it', async () => {
    let saved: Opportunity | null = null;
    const { user, sent } = renderApp('/opportunities/new', {
      routes: officer({
        'POST /api/v1/opportunities': ({ body }) => {
          saved = buildOpportunity({ ...(body as Partial<Opportunity>), id: ID, status: 'draft', publishedAt: null });
          return Response.json(saved, { status: 201 });
        },
        [`GET /api/v1/opportunities/${ID}`]: () => Response.json(saved),
      }),
    });
    await fillMission(user);
    expect(screen.getByLabelText(fr.editor.travelMad)).toHaveAccessibleDescription(/^Soit 6.000\sMAD$/);
    await user.click(screen.getByRole('button', { name: fr.editor.saveDraft }));
    expect(await screen.findByText(fr.editor.created)).toBeInTheDocument();
    expect(sent('POST /api/v1/opportunities')[0]!.body).toMatchObject({
      type: 'mission',
      title: { fr: 'Former les techniciens à la maintenance des scanners' },
      description: { fr: 'Deux semaines au service d’imagerie.' },
      sector: 'health',
      location: { mode: 'onsite', country: 'MA', city: '' },
      seats: 1,
      mission: { hostInstitution: 'CHU Hassan II', objectives: 'Former 12 techniciens.', deliverables: [], durationDays: 10, budget: { travelMad: 6000, dailyAllowanceMad: 900 } },
    });
    expect(window.location.pathname).toBe(`/opportunities/${ID}/edit`);
    expect(screen.getByRole('button', { name: fr.editor.publish })).toBeInTheDocument();
  });

  it('tells an organisation that is not verified yet why it cannot publish, and keeps the draft', async () => {
    const { user, sent } = renderApp(`/opportunities/${ID}/edit`, {
      routes: officer(
        {
          [`GET /api/v1/opportunities/${ID}`]: () => Response.json(buildOpportunity({ status: 'draft', publishedAt: null })),
          [`POST /api/v1/opportunities/${ID}/status`]: () =>
            apiError(403, 'forbidden', 'Your organisation must be verified before it can publish opportunities. You can keep preparing drafts meanwhile.'),
        },
        'pending',
      ),
    });
    await user.click(await screen.findByRole('button', { name: fr.editor.publish }));
    expect(await screen.findByRole('alert')).toHaveTextContent(fr.errors.publishForbidden);
    expect(sent(`POST /api/v1/opportunities/${ID}/status`)[0]!.body).toEqual({ status: 'published' });
    expect(sent(`PATCH /api/v1/opportunities/${ID}`)).toHaveLength(0); // Nothing changed: nothing to save first.
    expect(window.location.pathname).toBe(`/opportunities/${ID}/edit`);
  });

  it('saves changes before publishing, then shows the published opportunity', async () => {
    let current = buildOpportunity({ status: 'draft', publishedAt: null });
    const { user, sent } = renderApp(`/opportunities/${ID}/edit`, {
      routes: officer({
        [`GET /api/v1/opportunities/${ID}`]: () => Response.json(current),
        [`PATCH /api/v1/opportunities/${ID}`]: ({ body }) => {
          current = { ...current, ...(body as Partial<Opportunity>) };
          return Response.json(current);
        },
        [`POST /api/v1/opportunities/${ID}/status`]: () => {
          current = { ...current, status: 'published', publishedAt: '2026-11-22T09:00:00.000Z' };
          return Response.json(current);
        },
      }),
    });
    const seats = await screen.findByLabelText(fr.editor.seats);
    await user.clear(seats);
    await user.type(seats, '2');
    await user.click(screen.getByRole('button', { name: fr.editor.publish }));
    expect(await screen.findByText(fr.page.published)).toBeInTheDocument();
    expect(sent(`PATCH /api/v1/opportunities/${ID}`)[0]!.body).toMatchObject({ seats: 2 });
    expect(sent(`PATCH /api/v1/opportunities/${ID}`)[0]!.body).not.toHaveProperty('type');
    expect(screen.getByRole('heading', { level: 1, name: 'Former les techniciens à la maintenance des scanners' })).toBeInTheDocument();
    const manage = screen.getByRole('region', { name: fr.manage.title });
    expect(within(manage).getByRole('link', { name: fr.manage.board })).toHaveAttribute('href', `/opportunities/${ID}/board`);
  });
});
