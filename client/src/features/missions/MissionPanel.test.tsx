import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { Application } from '@kafaat/shared';
import { resources } from '../../i18n';
import { buildMe, buildSession, type Routes } from '../../testing/fakeApi';
import { renderApp } from '../../testing/renderApp';
import { buildApplication } from '../applications/factories';
import { OFFICER_ORG_ID } from '../opportunities/factories';

const fr = resources.fr.translation.missions;
const ar = resources.ar.translation.missions;
const APP = '65c0ffee00000000000000a1';
const PAGE = `/applications/${APP}`;

const officer = buildMe({
  id: '64b7f0c2a1b2c3d4e5f60799',
  role: 'officer',
  talentKind: null,
  displayName: 'Nadia Bennani',
  organisation: { id: OFFICER_ORG_ID, name: 'Programme Diaspora Santé', kind: 'institution', status: 'verified', isAdmin: true },
});

const confirmation = { startDate: '2027-03-29', endDate: '2027-04-09', checklist: { travel: true, visaLetter: false, accommodation: false, allowance: false } };
const completed = buildApplication({ stage: 'completed', allowedMoves: [], mission: { confirmation, report: null, evaluation: null } });

/** The application page with a stateful application: each write answers with the application as changed. */
function as(role: 'officer' | 'talent', start: Application, writes: Routes = {}): Routes {
  const me = role === 'officer' ? officer : buildMe();
  return { 'GET /api/v1/auth/session': () => Response.json(buildSession(me)), [`GET /api/v1/applications/${APP}`]: () => Response.json(start), ...writes };
}

describe('a mission after selection', () => {
  it('lets the host side confirm dates and logistics, then shows progress, the calendar file, and ticks items one by one', async () => {
    let current = buildApplication({ stage: 'selected', allowedMoves: ['interview', 'confirmed', 'declined'] });
    const { user, sent } = renderApp(PAGE, {
      routes: as('officer', current, {
        [`PUT /api/v1/applications/${APP}/mission/confirmation`]: ({ body }) => {
          current = { ...current, stage: 'confirmed', allowedMoves: ['completed'], mission: { confirmation: body as typeof confirmation, report: null, evaluation: null } };
          return Response.json(current);
        },
        [`PATCH /api/v1/applications/${APP}/mission/checklist`]: ({ body }) => {
          const c = current.mission!.confirmation!;
          current = { ...current, mission: { ...current.mission!, confirmation: { ...c, checklist: { ...c.checklist, ...(body as object) } } } };
          return Response.json(current);
        },
      }),
    });
    const part = await screen.findByRole('region', { name: fr.confirm.title });
    await user.click(within(part).getByRole('button', { name: fr.confirm.submit }));
    expect(within(part).getByLabelText(fr.confirm.startDate)).toHaveAccessibleDescription(fr.errors.confirmation.startDate.default);

    await user.type(within(part).getByLabelText(fr.confirm.startDate), '2027-03-29');
    await user.type(within(part).getByLabelText(fr.confirm.endDate), '2027-04-09');
    await user.click(within(part).getByLabelText(fr.checklist.items.travel));
    await user.click(within(part).getByRole('button', { name: fr.confirm.submit }));

    expect(await within(part).findByText('Du 29 mars 2027 au 9 avril 2027')).toBeInTheDocument();
    expect(sent(`PUT /api/v1/applications/${APP}/mission/confirmation`)[0]!.body).toEqual(confirmation);
    expect(within(part).getByRole('link', { name: fr.calendar.add })).toHaveAttribute('href', `/api/v1/applications/${APP}/mission.ics`);
    expect(within(part).getByText('1 sur 4 prêts')).toBeInTheDocument();

    await user.click(within(part).getByRole('checkbox', { name: fr.checklist.items.accommodation }));
    expect(await within(part).findByText('2 sur 4 prêts')).toBeInTheDocument();
    expect(sent(`PATCH /api/v1/applications/${APP}/mission/checklist`)[0]!.body).toEqual({ accommodation: true });
    expect(screen.getByRole('region', { name: fr.report.title })).toHaveTextContent(fr.report.notYet);
  });

  it('lets the host side evaluate a completed mission with four ratings, comments and "would host again"', async () => {
    let current = completed;
    const { user, sent } = renderApp(PAGE, {
      routes: as('officer', current, {
        [`PUT /api/v1/applications/${APP}/mission/evaluation`]: ({ body }) => {
          current = { ...current, mission: { ...current.mission!, evaluation: { ...(body as NonNullable<NonNullable<Application['mission']>['evaluation']>), submittedAt: '2027-04-12T10:00:00.000Z' } } };
          return Response.json(current);
        },
      }),
    });
    const part = await screen.findByRole('region', { name: fr.evaluation.title });
    expect(screen.getByRole('region', { name: fr.report.title })).toHaveTextContent(fr.report.awaited);
    await user.click(within(part).getByRole('button', { name: fr.evaluation.submit }));
    const summary = await within(part).findByRole('alert');
    expect(summary).toHaveTextContent(fr.errors.evaluation.ratings.objectivesMet.default);
    expect(summary).toHaveTextContent(fr.errors.evaluation.wouldHostAgain.default);
    expect(sent(`PUT /api/v1/applications/${APP}/mission/evaluation`)).toHaveLength(0);

    const choose = async (rating: keyof typeof fr.evaluation.ratings, score: keyof typeof fr.evaluation.scores) =>
      user.click(within(within(part).getByRole('group', { name: fr.evaluation.ratings[rating] })).getByRole('radio', { name: fr.evaluation.scores[score] }));
    await choose('objectivesMet', '5');
    await choose('expertise', '4');
    await choose('communication', '4');
    await choose('overall', '5');
    await user.type(within(part).getByLabelText(/^Commentaires/), 'Protocole remis, équipe autonome.');
    await user.click(within(within(part).getByRole('group', { name: fr.evaluation.wouldHostAgain })).getByRole('radio', { name: fr.evaluation.yes }));
    await user.click(within(part).getByRole('button', { name: fr.evaluation.submit }));

    expect(await within(part).findByText(fr.evaluation.saved)).toBeInTheDocument();
    expect(sent(`PUT /api/v1/applications/${APP}/mission/evaluation`)[0]!.body).toEqual({
      ratings: { objectivesMet: 5, expertise: 4, communication: 4, overall: 5 },
      comments: 'Protocole remis, équipe autonome.',
      wouldHostAgain: true,
    });
    expect(within(part).getAllByText(fr.evaluation.scores['4'], { selector: 'dd' })).toHaveLength(2);
    expect(within(part).getByRole('button', { name: fr.evaluation.edit })).toBeInTheDocument();
  });

  it('lets the expert file the report (activities, deliverables, people trained, follow-up) and read the checklist', async () => {
    let current = completed;
    const { user, sent } = renderApp(PAGE, {
      routes: as('talent', { ...current, allowedMoves: [] }, {
        [`PUT /api/v1/applications/${APP}/mission/report`]: ({ body }) => {
          current = { ...current, mission: { ...current.mission!, report: { ...(body as NonNullable<NonNullable<Application['mission']>['report']>), submittedAt: '2027-04-11T10:00:00.000Z' } } };
          return Response.json(current);
        },
      }),
    });
    const logistics = await screen.findByRole('region', { name: fr.confirm.title });
    expect(within(logistics).queryByRole('checkbox')).not.toBeInTheDocument();
    expect(within(logistics).getByText(/Voyage réservé · fait/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: fr.evaluation.title })).toHaveTextContent(fr.evaluation.awaited);

    const part = screen.getByRole('region', { name: fr.report.title });
    await user.type(within(part).getByLabelText('Activité 1'), 'Formation de 12 techniciens');
    await user.click(within(part).getByRole('button', { name: fr.report.addActivity }));
    await waitFor(() => expect(within(part).getByLabelText('Activité 2')).toHaveFocus());
    await user.type(within(part).getByLabelText('Activité 2'), 'Rédaction du protocole');
    await user.click(within(part).getByRole('button', { name: fr.report.addDeliverable }));
    await user.type(within(part).getByLabelText('Livrable 1'), 'Protocole de maintenance');
    await user.clear(within(part).getByLabelText(fr.report.peopleTrained));
    await user.type(within(part).getByLabelText(fr.report.peopleTrained), '12');
    await user.click(within(part).getByRole('button', { name: fr.report.submit }));

    expect(await within(part).findByText(fr.report.saved)).toBeInTheDocument();
    expect(sent(`PUT /api/v1/applications/${APP}/mission/report`)[0]!.body).toEqual({
      activities: ['Formation de 12 techniciens', 'Rédaction du protocole'],
      deliverables: ['Protocole de maintenance'],
      peopleTrained: 12,
      followUp: '',
    });
    expect(within(part).getByText('Rédaction du protocole')).toBeInTheDocument();
  });

  it('reads right to left in Arabic, the checklist progress in Arabic', async () => {
    renderApp(`${PAGE}?lang=ar`, { routes: as('talent', { ...completed, allowedMoves: [] }) });
    expect(await screen.findByRole('region', { name: ar.confirm.title })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(screen.getByText('1 من 4 جاهزة')).toBeInTheDocument();
  });
});
