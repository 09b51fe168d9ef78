import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { Application } from '@kafaat/shared';
import { resources } from '../../i18n';
import { apiError, buildMe, buildSession, type RecordedRequest, type Routes } from '../../testing/fakeApi';
import { renderApp } from '../../testing/renderApp';
import { OFFICER_ORG_ID, buildOpportunity } from '../opportunities/factories';
import { buildApplication, buildBoard } from './factories';

const fr = resources.fr.translation.applications;
const OPP = '65c0ffee0000000000000001';
const BOARD = `GET /api/v1/opportunities/${OPP}/applications`;

function officer(routes: Routes): Routes {
  const me = buildMe({
    id: '64b7f0c2a1b2c3d4e5f60799',
    role: 'officer',
    talentKind: null,
    displayName: 'Nadia Bennani',
    organisation: { id: OFFICER_ORG_ID, name: 'Programme Diaspora Santé', kind: 'institution', status: 'verified', isAdmin: true },
  });
  return {
    'GET /api/v1/auth/session': () => Response.json(buildSession(me)),
    [`GET /api/v1/opportunities/${OPP}`]: () => Response.json(buildOpportunity()),
    ...routes,
  };
}

/** A control's name: its visible words, then whom or what it is about (read by screen readers only). */
const named = (action: string, about: string) => new RegExp(`^${action.replace(/[()]/g, '\\$&')}\\s*\\(${about}\\)$`);
const column = (stage: keyof typeof fr.stages) => screen.getByRole('region', { name: new RegExp(`^${fr.stages[stage]} \\(`) });
const amina = buildApplication();

describe('the board of an opportunity', () => {
  it('moves a candidate with the keyboard: "Move to…" sends the stage and the card changes column, counts included', async () => {
    const { user, sent } = renderApp(`/opportunities/${OPP}/board`, {
      routes: officer({
        [BOARD]: () => Response.json(buildBoard([amina])),
        [`POST /api/v1/applications/${amina.id}/stage`]: ({ body }) =>
          Response.json({ ...amina, stage: (body as { stage: Application['stage'] }).stage, allowedMoves: ['interview', 'confirmed', 'declined'] }),
      }),
    });
    const applied = await screen.findByRole('region', { name: `${fr.stages.applied} (1)` });
    const card = within(applied).getByRole('listitem');
    expect(within(card).getByRole('link', { name: 'Amina El Idrissi' })).toHaveAttribute('href', `/talents/${amina.talent.id}`);

    await user.selectOptions(within(card).getByLabelText(`${fr.move.to} (Amina El Idrissi)`), fr.stages.selected);
    await user.click(within(card).getByRole('button', { name: named(fr.move.submit, 'Amina El Idrissi') }));

    expect(await screen.findByRole('region', { name: `${fr.stages.selected} (1)` })).toBeInTheDocument();
    expect(column('applied')).toHaveAccessibleName(`${fr.stages.applied} (0)`);
    expect(sent(`POST /api/v1/applications/${amina.id}/stage`)[0]!.body).toEqual({ stage: 'selected', note: '' });
    const moved = within(column('selected')).getByRole('listitem');
    await waitFor(() => expect(moved).toHaveFocus());
    expect(screen.getByText(`Amina El Idrissi est passé(e) à l’étape « ${fr.stages.selected} ».`)).toBeInTheDocument();
    // Confirming needs dates: the card links to the confirmation form instead of offering it in the list.
    expect(within(moved).getByRole('link', { name: /^Confirmer la mission/ })).toHaveAttribute('href', `/applications/${amina.id}#confirmation`);
  });

  it('says why a move was refused, in French, and reloads the board to show where the candidate is now', async () => {
    let withdrawn = false;
    const { user, sent } = renderApp(`/opportunities/${OPP}/board`, {
      routes: officer({
        [BOARD]: () => Response.json(buildBoard([withdrawn ? { ...amina, stage: 'withdrawn', allowedMoves: [] } : amina])),
        [`POST /api/v1/applications/${amina.id}/stage`]: () => {
          withdrawn = true;
          return apiError(409, 'invalid_transition', 'This application was just moved by someone else; it is now withdrawn.', { from: 'withdrawn', allowed: [] });
        },
      }),
    });
    const card = within(await screen.findByRole('region', { name: `${fr.stages.applied} (1)` })).getByRole('listitem');
    await user.selectOptions(within(card).getByLabelText(/^Déplacer vers/), 'shortlisted');
    await user.click(within(card).getByRole('button', { name: /^Déplacer/ }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`Amina El Idrissi n’a pas été déplacé(e). Ce déplacement n’est pas possible : la candidature est « ${fr.stages.withdrawn} » et ne change plus d’étape.`);
    expect(await screen.findByRole('region', { name: `${fr.stages.withdrawn} (1)` })).toBeInTheDocument();
    expect(sent(BOARD).length).toBeGreaterThan(1);
  });

  it('shows more cards of one column on demand', async () => {
    const second = buildApplication({ id: '65c0ffee00000000000000a2', talent: { id: '64b7f0c2a1b2c3d4e5f60720', displayName: 'Youssef Alami', headline: '' } });
    const { user } = renderApp(`/opportunities/${OPP}/board`, {
      routes: officer({
        [BOARD]: ({ url }: RecordedRequest) =>
          url.searchParams.get('cursor') === 'next-applied'
            ? Response.json({ columns: [{ stage: 'applied', count: 2, items: [second], nextCursor: null }] })
            : Response.json(buildBoard([amina], { applied: 'next-applied' }, { applied: 2 })),
      }),
    });
    const applied = await screen.findByRole('region', { name: `${fr.stages.applied} (2)` });
    await user.click(within(applied).getByRole('button', { name: named('Afficher plus (1 sur 2)', fr.stages.applied) }));
    expect(await within(applied).findByRole('link', { name: 'Youssef Alami' })).toBeInTheDocument();
    expect(within(applied).getAllByRole('listitem')).toHaveLength(2);
    expect(within(applied).queryByRole('button', { name: /^Afficher plus/ })).not.toBeInTheDocument();
  });

  it('invites a talent by id with a message, and says who was invited', async () => {
    const invited = buildApplication({ stage: 'invited', allowedMoves: ['withdrawn'] });
    const { user, sent } = renderApp(`/opportunities/${OPP}/board`, {
      routes: officer({
        [BOARD]: () => Response.json(buildBoard(sent(`POST /api/v1/opportunities/${OPP}/invitations`).length > 0 ? [invited] : [])),
        [`POST /api/v1/opportunities/${OPP}/invitations`]: () => Response.json(invited, { status: 201 }),
      }),
    });
    const form = await screen.findByRole('region', { name: resources.fr.translation.opportunities.invite.title });
    await user.type(within(form).getByLabelText(resources.fr.translation.opportunities.invite.talentId), 'not-an-id');
    await user.click(within(form).getByRole('button', { name: resources.fr.translation.opportunities.invite.submit }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(resources.fr.translation.opportunities.invite.errors.talentId.default);

    await user.clear(within(form).getByLabelText(resources.fr.translation.opportunities.invite.talentId));
    await user.type(within(form).getByLabelText(resources.fr.translation.opportunities.invite.talentId), amina.talent.id);
    await user.type(within(form).getByLabelText(/^Message au talent/), 'Seriez-vous disponible fin mars ?');
    await user.click(within(form).getByRole('button', { name: resources.fr.translation.opportunities.invite.submit }));
    expect(await within(form).findByText('Invitation envoyée à Amina El Idrissi.')).toBeInTheDocument();
    expect(sent(`POST /api/v1/opportunities/${OPP}/invitations`)[0]!.body).toEqual({ talentId: amina.talent.id, message: 'Seriez-vous disponible fin mars ?' });
    expect(await screen.findByRole('region', { name: `${fr.stages.invited} (1)` })).toBeInTheDocument();
  });
});
