import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { resources } from '../../i18n';
import { buildMe, buildSession, type Routes } from '../../testing/fakeApi';
import { renderApp } from '../../testing/renderApp';
import { buildMatchPage, buildOpportunityMatch } from './factories';

const fr = resources.fr.translation;
const ar = resources.ar.translation;
const MINE = 'GET /api/v1/me/matches';
const as = (routes: Routes, me = buildMe()): Routes => ({ 'GET /api/v1/auth/session': () => Response.json(buildSession(me)), ...routes });

describe('opportunities for a talent', () => {
  it('ranks open opportunities for the talent, each saying what they have and miss, reached from the account menu', async () => {
    const match = buildOpportunityMatch();
    const { user } = renderApp('/', { routes: as({ [MINE]: () => Response.json(buildMatchPage([match])) }) });
    await user.click(await screen.findByRole('button', { name: /Amina El Idrissi/ }));
    await user.click(screen.getByRole('link', { name: fr.matches.mine.nav }));
    expect(await screen.findByRole('heading', { level: 1, name: fr.matches.mine.title })).toBeInTheDocument();

    const list = await screen.findByRole('list', { name: fr.matches.mine.listLabel });
    const card = within(list).getAllByRole('listitem')[0]!;
    expect(within(card).getByRole('link', { name: 'Former les techniciens à la maintenance des scanners' })).toHaveAttribute('href', '/opportunities/65c0ffee0000000000000001');
    expect(within(card).getByText(/^Correspondance : 92\s%$/)).toBeInTheDocument();
    expect(within(card).getByText('Vous avez toutes les compétences indispensables, au niveau demandé.')).toBeInTheDocument();
    expect(within(card).getByText(/^Vous avez Soudure \(4 · Expert\)/)).toBeInTheDocument();
    expect(within(card).getByText('Vous parlez anglais au niveau B1, en dessous du niveau demandé (B2)')).toBeInTheDocument();
    expect(within(card).getByText('Vous êtes disponible 8 jours sur les 12 nécessaires.')).toBeInTheDocument();
    expect(screen.getByText(fr.matches.mine.count_one)).toBeInTheDocument();
  });

  it('says what to do when nothing fits yet: add skills, or search every opportunity', async () => {
    renderApp('/me/matches', { routes: as({ [MINE]: () => Response.json(buildMatchPage([])) }) });
    expect(await screen.findByText(fr.matches.mine.empty)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: fr.matches.mine.addSkills })).toHaveAttribute('href', '/profile/edit?step=skills');
    expect(screen.getAllByRole('link', { name: fr.matches.mine.search })[0]).toHaveAttribute('href', '/opportunities/search');
  });

  it('in Arabic, lays out right to left and explains from the talent’s side in Arabic', async () => {
    renderApp('/me/matches?lang=ar', { routes: as({ [MINE]: () => Response.json(buildMatchPage([buildOpportunityMatch()])) }, buildMe({ locale: 'ar' })) });
    expect(await screen.findByText(ar.matches.tier.talent['all-met'])).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('heading', { level: 1, name: ar.matches.mine.title })).toBeInTheDocument();
    expect(screen.getByText(ar.matches.mine.count_one)).toBeInTheDocument();
  });
});
