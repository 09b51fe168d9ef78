import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { resources } from '../../i18n';
import { apiError, buildMe, buildSession, type Routes } from '../../testing/fakeApi';
import { renderApp } from '../../testing/renderApp';
import { buildApplication } from '../applications/factories';
import { OFFICER_ORG_ID, buildOpportunity } from '../opportunities/factories';
import { buildMatchPage, buildTalentMatch } from './factories';

const fr = resources.fr.translation;
const OPP = '65c0ffee0000000000000001';
const MATCHES = `GET /api/v1/opportunities/${OPP}/matches`;
const INVITE = `POST /api/v1/opportunities/${OPP}/invitations`;

const officer = buildMe({
  id: '64b7f0c2a1b2c3d4e5f60799',
  role: 'officer',
  talentKind: null,
  displayName: 'Nadia Bennani',
  organisation: { id: OFFICER_ORG_ID, name: 'Programme Diaspora Santé', kind: 'institution', status: 'verified', isAdmin: true },
});
const as = (routes: Routes, opportunity = buildOpportunity()): Routes => ({
  'GET /api/v1/auth/session': () => Response.json(buildSession(officer)),
  [`GET /api/v1/opportunities/${OPP}`]: () => Response.json(opportunity),
  ...routes,
});
const amina = buildTalentMatch();
const youssef = buildTalentMatch({ talent: { ...amina.talent, id: '64b7f0c2a1b2c3d4e5f60719', displayName: 'Youssef Alaoui' }, score: 0.1204 });
const inviteButton = (name: string) => screen.getByRole('button', { name: `${fr.matches.invite.button} (${name})` });

describe('talents matching an opportunity', () => {
  it('ranks talents with their score as a percentage and why, linked from the opportunity page, with "load more"', async () => {
    const { user, sent } = renderApp(`/opportunities/${OPP}`, {
      routes: as({
        [MATCHES]: ({ url }) => Response.json(url.searchParams.get('cursor') ? buildMatchPage([youssef], { total: 2 }) : buildMatchPage([amina], { nextCursor: 'bzE', total: 2 })),
      }),
    });
    await user.click(await screen.findByRole('link', { name: fr.matches.talents.link }));
    expect(await screen.findByRole('heading', { level: 1, name: `Talents correspondants : Former les techniciens à la maintenance des scanners` })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: fr.matches.talents.listLabel });
    const card = within(list).getAllByRole('listitem')[0]!;
    expect(within(card).getByRole('link', { name: 'Amina El Idrissi' })).toHaveAttribute('href', `/talents/${amina.talent.id}`);
    expect(within(card).getByText(/^Correspondance : 34\s%$/)).toBeInTheDocument();
    expect(within(card).getByText('Il lui manque au moins une compétence indispensable.')).toBeInTheDocument();
    expect(within(card).getByText(/Soudage TIG : couverte par Soudure, une compétence plus générale/)).toBeInTheDocument();
    expect(screen.getByText('2 talents classés')).toBeInTheDocument();
    expect(sent(MATCHES)[0]!.url.searchParams.get('lang')).toBe('fr');

    await user.click(screen.getByRole('button', { name: fr.common.loadMore }));
    expect(await within(list).findByRole('link', { name: 'Youssef Alaoui' })).toBeInTheDocument();
    expect(within(list).getAllByRole('listitem').filter((item) => item.classList.contains('match-card'))).toHaveLength(2);
    expect(sent(MATCHES).map((request) => request.url.searchParams.get('cursor'))).toEqual([null, 'bzE']);
  });

  it('invites a talent with an optional message; the button then says "Invited"', async () => {
    const { user, sent } = renderApp(`/opportunities/${OPP}/matches`, {
      routes: as({
        [MATCHES]: () => Response.json(buildMatchPage([amina, youssef])),
        [INVITE]: () => Response.json(buildApplication({ stage: 'invited' }), { status: 201 }),
      }),
    });
    await user.click(await screen.findByRole('button', { name: `${fr.matches.invite.button} (Amina El Idrissi)` }));
    expect(inviteButton('Amina El Idrissi')).toHaveAttribute('aria-expanded', 'true');
    const message = screen.getByLabelText(`${fr.opportunities.invite.message} ${fr.common.optional}`);
    expect(message).toHaveFocus();
    await user.type(message, 'Votre expérience des scanners nous intéresse.');
    await user.click(screen.getByRole('button', { name: fr.opportunities.invite.submit }));

    const done = await screen.findByRole('button', { name: `${fr.matches.invite.invited} (Amina El Idrissi)` });
    expect(done).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText('Invitation envoyée à Amina El Idrissi.')).toHaveFocus();
    expect(sent(INVITE)[0]!.body).toEqual({ talentId: amina.talent.id, message: 'Votre expérience des scanners nous intéresse.' });
    expect(inviteButton('Youssef Alaoui')).toHaveAttribute('aria-expanded', 'false');
  });

  it('says so when the talent is already a candidate (409)', async () => {
    const { user } = renderApp(`/opportunities/${OPP}/matches`, {
      routes: as({
        [MATCHES]: () => Response.json(buildMatchPage([amina])),
        [INVITE]: () => apiError(409, 'conflict', 'This talent is already in the pipeline of this opportunity.', { reason: 'already_in_pipeline' }),
      }),
    });
    await user.click(await screen.findByRole('button', { name: `${fr.matches.invite.button} (Amina El Idrissi)` }));
    await user.click(screen.getByRole('button', { name: fr.opportunities.invite.submit }));
    expect(await screen.findByRole('alert')).toHaveTextContent(fr.applications.errors.alreadyInPipeline);
    expect(inviteButton('Amina El Idrissi')).toHaveAttribute('aria-expanded', 'true');
  });

  it('offers no invitation before the opportunity is published, and says why', async () => {
    renderApp(`/opportunities/${OPP}/matches`, {
      routes: as({ [MATCHES]: () => Response.json(buildMatchPage([amina])) }, buildOpportunity({ status: 'draft', publishedAt: null })),
    });
    expect(await screen.findByText(fr.matches.talents.inviteWhenPublished)).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Amina El Idrissi' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Inviter/ })).not.toBeInTheDocument();
  });

  it('never shows nationality, residence status, gender or age, even when an answer carries them', async () => {
    const leaky = { ...amina, talent: { ...amina.talent, nationality: 'Malienne', residenceStatus: 'asylum-seeker', gender: 'female', birthYear: 1987 } };
    const { container } = renderApp(`/opportunities/${OPP}/matches`, { routes: as({ [MATCHES]: () => Response.json(buildMatchPage([leaky])) }) });
    await screen.findByRole('link', { name: 'Amina El Idrissi' });
    for (const text of ['Malienne', 'asylum', 'female', '1987']) expect(container).not.toHaveTextContent(text);
  });

  it('says when no talent matches yet, and points to the search', async () => {
    renderApp(`/opportunities/${OPP}/matches`, { routes: as({ [MATCHES]: () => Response.json(buildMatchPage([])) }) });
    expect(await screen.findByText(fr.matches.talents.empty)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: fr.matches.talents.searchInstead })).toHaveAttribute('href', '/search');
  });

  it('in Arabic, lays out right to left and explains in Arabic', async () => {
    const ar = resources.ar.translation;
    renderApp(`/opportunities/${OPP}/matches?lang=ar`, { routes: as({ [MATCHES]: () => Response.json(buildMatchPage([amina])) }) });
    expect(await screen.findByText(ar.matches.tier.manager['some-missing'])).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    await waitFor(() => expect(screen.getByRole('button', { name: `${ar.matches.invite.button} (Amina El Idrissi)` })).toBeInTheDocument());
  });
});
