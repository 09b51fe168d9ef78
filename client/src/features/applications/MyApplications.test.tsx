import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { Application } from '@kafaat/shared';
import { resources } from '../../i18n';
import { buildMe, buildSession, type Routes } from '../../testing/fakeApi';
import { renderApp } from '../../testing/renderApp';
import { buildApplication } from './factories';

const fr = resources.fr.translation.applications;
const ar = resources.ar.translation;
const MINE = 'GET /api/v1/me/applications';

const invitation = buildApplication({
  stage: 'invited',
  motivation: '',
  history: [{ stage: 'invited', by: 'owner', byName: 'Nadia Bennani', at: '2026-11-21T10:00:00.000Z', note: 'Seriez-vous disponible fin mars ?' }],
  allowedMoves: ['applied', 'declined'],
});

function talent(routes: Routes): Routes {
  return { 'GET /api/v1/auth/session': () => Response.json(buildSession(buildMe())), ...routes };
}

/** Answers a stage move like the server: the new stage, its line in the history, the talent's moves from there. */
function moveTo(application: Application) {
  return ({ body }: { body: unknown }) => {
    const { stage, note } = body as { stage: Application['stage']; note: string };
    const allowedMoves: Application['stage'][] = stage === 'applied' ? ['withdrawn'] : [];
    return Response.json({ ...application, stage, allowedMoves, history: [...application.history, { stage, by: 'talent', byName: 'Amina El Idrissi', at: '2026-11-22T08:00:00.000Z', note }] });
  };
}

describe('my applications, as a talent', () => {
  it('accepts an invitation: the organisation’s message is shown, the move is sent and the stage changes', async () => {
    const { user, sent } = renderApp('/applications', {
      routes: talent({ [MINE]: () => Response.json({ items: [invitation], nextCursor: null }), [`POST /api/v1/applications/${invitation.id}/stage`]: moveTo(invitation) }),
    });
    const item = (await screen.findAllByRole('listitem'))[0]!;
    expect(within(item).getByText('Nadia Bennani vous invite à cette opportunité.')).toBeInTheDocument();
    expect(within(item).getAllByText('Seriez-vous disponible fin mars ?')[0]).toBeVisible();
    expect(within(item).getByText(fr.stages.invited, { selector: '.stage-badge' })).toBeInTheDocument();

    await user.click(within(item).getByRole('button', { name: fr.talent.accept }));
    expect(await within(item).findByText(fr.talent.accepted)).toBeInTheDocument();
    expect(sent(`POST /api/v1/applications/${invitation.id}/stage`)[0]!.body).toEqual({ stage: 'applied', note: '' });
    expect(within(item).getByText(fr.stages.applied, { selector: '.stage-badge' })).toBeInTheDocument();
    expect(within(item).queryByRole('button', { name: fr.talent.accept })).not.toBeInTheDocument();
    expect(within(item).getByRole('button', { name: fr.talent.withdraw })).toBeInTheDocument();
  });

  it('asks before withdrawing, sends the word for the organisation, and can be cancelled', async () => {
    const applied = buildApplication({ allowedMoves: ['withdrawn'] });
    const { user, sent } = renderApp('/applications', {
      routes: talent({ [MINE]: () => Response.json({ items: [applied], nextCursor: null }), [`POST /api/v1/applications/${applied.id}/stage`]: moveTo(applied) }),
    });
    const withdraw = await screen.findByRole('button', { name: fr.talent.withdraw });
    await user.click(withdraw);
    expect(screen.getByRole('group', { name: fr.talent.withdrawQuestion })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: resources.fr.translation.common.cancel }));
    expect(screen.getByRole('button', { name: fr.talent.withdraw })).toHaveFocus();
    expect(sent(`POST /api/v1/applications/${applied.id}/stage`)).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: fr.talent.withdraw }));
    await user.type(screen.getByLabelText(/^Un mot pour l’organisation/), 'J’ai accepté un autre poste.');
    await user.click(screen.getByRole('button', { name: fr.talent.withdrawConfirm }));
    expect(await screen.findByText(fr.talent.withdrawn)).toBeInTheDocument();
    expect(sent(`POST /api/v1/applications/${applied.id}/stage`)[0]!.body).toEqual({ stage: 'withdrawn', note: 'J’ai accepté un autre poste.' });
    await waitFor(() => expect(screen.getAllByText(fr.stages.withdrawn).length).toBeGreaterThan(0));
  });

  it('says what to do when there is nothing yet', async () => {
    renderApp('/applications', { routes: talent({ [MINE]: () => Response.json({ items: [], nextCursor: null }) }) });
    expect(await screen.findByText(fr.mine.empty)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: fr.mine.browse })).toHaveAttribute('href', '/opportunities');
  });

  it('renders right to left in Arabic, the French title marked as French', async () => {
    renderApp('/applications?lang=ar', { routes: talent({ [MINE]: () => Response.json({ items: [invitation], nextCursor: null }) }) });
    expect(await screen.findByRole('heading', { level: 1, name: ar.applications.mine.title })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    const title = await screen.findByText('Former les techniciens à la maintenance des scanners', { selector: 'a > span' });
    expect(title).toHaveAttribute('lang', 'fr');
    expect(title).toHaveAttribute('dir', 'ltr');
    expect(screen.getByRole('button', { name: ar.applications.talent.accept })).toBeInTheDocument();
  });
});
