import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { SkillDetail, SkillProposal, SkillSuggestion, TaxonomyChange } from '@kafaat/shared';
import { resources } from '../i18n';
import { apiError, buildMe, buildSession, type RecordedRequest, type Routes } from '../testing/fakeApi';
import { renderApp } from '../testing/renderApp';

const fr = resources.fr.translation;
const tx = fr.taxonomy;
const ME = '64b7f0c2a1b2c3d4e5f60718';
const OTHER = '64b7f0c2a1b2c3d4e5f60799';

/** Matches a label followed by "(facultatif)" or nothing. */
const startingWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

function proposal(n: number, overrides: Partial<SkillProposal> = {}): SkillProposal {
  return {
    id: `64b7f0c2a1b2c3d4e5f607a${n}`,
    type: 'new-skill',
    status: 'pending',
    sector: 'engineering',
    skillId: null,
    labels: { fr: `Compétence ${n}`, en: `Skill ${n}`, ar: `مهارة ${n}` },
    synonyms: { fr: [], en: [], ar: [] },
    broader: [],
    related: [],
    isco: [],
    reason: 'Les employeurs la demandent souvent.',
    proposedBy: { id: OTHER, displayName: 'Nadia Bennani' },
    createdAt: '2026-11-20T09:00:00.000Z',
    reviewedBy: null,
    reviewedAt: null,
    reviewComment: null,
    revision: null,
    ...overrides,
  };
}

const renewable: SkillSuggestion = {
  id: 'engineering.renewable-energy',
  label: 'Énergies renouvelables',
  labels: { fr: 'Énergies renouvelables', en: 'Renewable energy', ar: 'الطاقات المتجددة' },
  sector: 'engineering',
  score: 3,
};
const pumping: SkillSuggestion = {
  id: 'engineering.solar-water-pumping',
  label: 'Pompage solaire',
  labels: { fr: 'Pompage solaire', en: 'Solar water pumping', ar: 'الضخ بالطاقة الشمسية' },
  sector: 'engineering',
  score: 2,
};
const pumpingDetail: SkillDetail = {
  id: pumping.id,
  sector: 'engineering',
  labels: pumping.labels,
  synonyms: { fr: ['pompe solaire', 'irrigation solaire'], en: ['solar pumps'], ar: ['المضخات الشمسية'] },
  broader: [],
  related: [],
  isco: ['2151'],
};
const suggest = ({ url }: RecordedRequest) => Response.json({ items: [renewable, pumping].filter((s) => s.label.toLowerCase().includes((url.searchParams.get('q') ?? '').toLowerCase())) });

const as = (role: 'talent' | 'officer' | 'admin', routes: Routes): Routes => ({
  'GET /api/v1/auth/session': () => Response.json(buildSession(buildMe({ role, talentKind: role === 'talent' ? 'diaspora' : null }))),
  'GET /api/v1/skills/suggest': suggest,
  ...routes,
});

describe('taxonomy page, as an officer', () => {
  it('explains what to fix before sending, then sends a new skill and lists it as pending', async () => {
    const mine: SkillProposal[] = [];
    const { user, sent } = renderApp('/officer/taxonomy', {
      routes: as('officer', {
        'GET /api/v1/skills/proposals': () => Response.json({ items: mine, nextCursor: null }),
        'POST /api/v1/skills/proposals': ({ body }) => {
          const created = proposal(1, { ...(body as Partial<SkillProposal>), proposedBy: { id: ME, displayName: 'Amina El Idrissi' } });
          mine.unshift(created);
          return Response.json(created, { status: 201 });
        },
      }),
    });
    expect(await screen.findByText(tx.mine.empty)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: tx.queue.title })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: tx.changes.title })).not.toBeInTheDocument();

    const form = screen.getByRole('form', { name: tx.propose.newSkill });
    await user.type(within(form).getByLabelText(tx.fields.label.ar), 'Agrivoltaics');
    await user.click(within(form).getByRole('button', { name: tx.propose.submit }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(tx.fieldErrors.sector.default);
    expect(within(form).getByLabelText(tx.fields.label.ar)).toHaveAccessibleDescription(tx.fieldErrors.labels.ar.invalid_format);
    expect(within(form).getByLabelText(tx.fields.reason)).toHaveAccessibleDescription(expect.stringContaining(tx.fieldErrors.reason.default));
    expect(sent('POST /api/v1/skills/proposals')).toHaveLength(0);

    await user.selectOptions(within(form).getByLabelText(tx.fields.sector), 'engineering');
    await user.type(within(form).getByLabelText(tx.fields.label.fr), 'Agrivoltaïsme');
    await user.type(within(form).getByLabelText(tx.fields.label.en), 'Agrivoltaics');
    await user.clear(within(form).getByLabelText(tx.fields.label.ar));
    await user.type(within(form).getByLabelText(tx.fields.label.ar), 'الطاقة الشمسية الزراعية');
    await user.type(within(form).getByLabelText(startingWith(tx.fields.synonymsIn.fr)), 'panneaux sur cultures{Enter}agrivoltaïque');
    await user.type(within(form).getByRole('combobox', { name: tx.fields.broader }), 'énergies');
    await user.click(await within(form).findByRole('option', { name: /Énergies renouvelables/ }));
    await user.type(within(form).getByLabelText(startingWith(tx.fields.isco)), '2151, 2149');
    await user.type(within(form).getByLabelText(tx.fields.reason), 'Les fermes solaires sur cultures se multiplient dans le Souss.');
    await user.click(within(form).getByRole('button', { name: tx.propose.submit }));

    expect(await screen.findByText(tx.propose.sent.replace('{{name}}', 'Agrivoltaïsme'))).toBeInTheDocument();
    expect(sent('POST /api/v1/skills/proposals')[0]?.body).toEqual({
      type: 'new-skill',
      sector: 'engineering',
      labels: { fr: 'Agrivoltaïsme', en: 'Agrivoltaics', ar: 'الطاقة الشمسية الزراعية' },
      synonyms: { fr: ['panneaux sur cultures', 'agrivoltaïque'], en: [], ar: [] },
      broader: ['engineering.renewable-energy'],
      related: [],
      isco: ['2151', '2149'],
      reason: 'Les fermes solaires sur cultures se multiplient dans le Souss.',
    });
    const item = (await screen.findByRole('heading', { level: 3, name: /^Agrivoltaïsme/ })).closest('li') as HTMLElement;
    expect(within(item).getByText(tx.statuses.pending)).toBeInTheDocument();
    expect(within(item).getByText('engineering.renewable-energy')).toBeInTheDocument();
    expect(sent('GET /api/v1/skills/proposals')[0]?.url.searchParams.get('mine')).toBe('true');
  });

  it('proposes synonyms of a skill found with the picker, showing what it already has and what the server refused', async () => {
    let attempts = 0;
    const { user, sent } = renderApp('/officer/taxonomy', {
      routes: as('officer', {
        'GET /api/v1/skills/proposals': () => Response.json({ items: [], nextCursor: null }),
        [`GET /api/v1/skills/${pumping.id}`]: () => Response.json(pumpingDetail),
        'POST /api/v1/skills/proposals': ({ body }) => {
          attempts += 1;
          if (attempts === 1) {
            return apiError(400, 'validation_failed', 'Some fields are invalid.', [
              { path: 'synonyms.fr.0', location: 'body', code: 'already_known', message: 'the skill already has this name or synonym' },
            ]);
          }
          return Response.json(proposal(2, { ...(body as Partial<SkillProposal>), type: 'synonyms', skillId: pumping.id, labels: pumping.labels }), { status: 201 });
        },
      }),
    });
    await user.click(await screen.findByRole('radio', { name: new RegExp(tx.types.synonyms) }));
    const form = screen.getByRole('form', { name: tx.propose.synonyms });
    await user.click(within(form).getByRole('button', { name: tx.propose.submit }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(tx.fieldErrors.skillId.default);
    expect(within(form).getByRole('alert')).toHaveTextContent(tx.fieldErrors.synonyms.default);

    await user.type(within(form).getByRole('combobox', { name: tx.fields.skill }), 'pompage');
    await user.click(await within(form).findByRole('option', { name: /Pompage solaire/ }));
    expect(await within(form).findByText('Pompage solaire · pompe solaire · irrigation solaire')).toBeInTheDocument();

    await user.type(within(form).getByLabelText(startingWith(tx.fields.synonymsIn.fr)), 'pompe solaire');
    await user.type(within(form).getByLabelText(tx.fields.reason), 'C’est le terme des appels d’offres agricoles.');
    await user.click(within(form).getByRole('button', { name: tx.propose.submit }));
    await waitFor(() =>
      expect(within(form).getByLabelText(startingWith(tx.fields.synonymsIn.fr))).toHaveAccessibleDescription(tx.fieldErrors.synonyms.fr.already_known),
    );

    await user.clear(within(form).getByLabelText(startingWith(tx.fields.synonymsIn.fr)));
    await user.type(within(form).getByLabelText(startingWith(tx.fields.synonymsIn.fr)), 'exhaure par photopile');
    await user.click(within(form).getByRole('button', { name: tx.propose.submit }));
    expect(await screen.findByText(tx.propose.sent.replace('{{name}}', 'Pompage solaire'))).toBeInTheDocument();
    expect(sent('POST /api/v1/skills/proposals')[1]?.body).toEqual({
      type: 'synonyms',
      skillId: pumping.id,
      synonyms: { fr: ['exhaure par photopile'], en: [], ar: [] },
      reason: 'C’est le terme des appels d’offres agricoles.',
    });
  });
});

describe('taxonomy page, as an admin', () => {
  const change: TaxonomyChange = {
    revision: 7,
    type: 'synonyms',
    skillId: pumping.id,
    proposalId: '64b7f0c2a1b2c3d4e5f607b1',
    labels: null,
    synonyms: { fr: ['exhaure par photopile'], en: [], ar: [] },
    broader: [],
    related: [],
    isco: [],
    proposedBy: { id: OTHER, displayName: 'Nadia Bennani' },
    approvedBy: { id: ME, displayName: 'Amina El Idrissi' },
    at: '2026-11-21T10:00:00.000Z',
  };

  it('reviews others’ proposals (a rejection needs a reason), never their own, and reads the change log', async () => {
    const decided = new Set<string>();
    const pending = () => [proposal(1, { proposedBy: { id: ME, displayName: 'Amina El Idrissi' } }), proposal(2), proposal(3)].filter((p) => !decided.has(p.id));
    const { user, sent } = renderApp('/officer/taxonomy', {
      routes: as('admin', {
        'GET /api/v1/skills/proposals': ({ url }) => Response.json({ items: url.searchParams.get('status') === 'pending' ? pending() : [], nextCursor: null }),
        'GET /api/v1/skills/changes': () => Response.json({ items: [change], nextCursor: null }),
        [`POST /api/v1/skills/proposals/${proposal(2).id}/reject`]: ({ body }) => {
          decided.add(proposal(2).id);
          return Response.json(proposal(2, { status: 'rejected', reviewComment: (body as { comment: string }).comment }));
        },
        [`POST /api/v1/skills/proposals/${proposal(3).id}/approve`]: () => {
          decided.add(proposal(3).id);
          return Response.json(proposal(3, { status: 'approved', revision: 8, skillId: 'engineering.skill-3' }));
        },
      }),
    });
    const queue = (await screen.findByRole('heading', { level: 2, name: tx.queue.title })).closest('section') as HTMLElement;
    const own = (await within(queue).findByRole('heading', { level: 3, name: /Compétence 1/ })).closest('li') as HTMLElement;
    expect(within(own).getByText(tx.review.ownProposal)).toBeInTheDocument();
    expect(within(own).queryByRole('button', { name: /Approuver/ })).not.toBeInTheDocument();

    const second = within(queue).getByRole('heading', { level: 3, name: /Compétence 2/ }).closest('li') as HTMLElement;
    await user.click(within(second).getByRole('button', { name: /Refuser/ }));
    expect(within(second).getByLabelText(startingWith(tx.fields.comment))).toHaveAccessibleDescription(expect.stringContaining(tx.fieldErrors.comment.default));
    expect(sent(`POST /api/v1/skills/proposals/${proposal(2).id}/reject`)).toHaveLength(0);
    await user.type(within(second).getByLabelText(startingWith(tx.fields.comment)), 'Déjà couverte par le dimensionnement photovoltaïque.');
    await user.click(within(second).getByRole('button', { name: /Refuser/ }));
    expect(await screen.findByText(tx.review.rejected.replace('{{name}}', 'Compétence 2'))).toBeInTheDocument();
    expect(sent(`POST /api/v1/skills/proposals/${proposal(2).id}/reject`)[0]?.body).toEqual({ comment: 'Déjà couverte par le dimensionnement photovoltaïque.' });

    const third = within(queue).getByRole('heading', { level: 3, name: /Compétence 3/ }).closest('li') as HTMLElement;
    await user.click(within(third).getByRole('button', { name: /Approuver/ }));
    expect(await screen.findByText(tx.review.approved.replace('{{name}}', 'Compétence 3').replace('{{revision}}', '8'))).toBeInTheDocument();
    expect(sent(`POST /api/v1/skills/proposals/${proposal(3).id}/approve`)[0]?.body).toEqual({});
    await waitFor(() => expect(within(queue).queryByRole('heading', { level: 3, name: /Compétence 3/ })).not.toBeInTheDocument());

    const log = screen.getByRole('heading', { level: 2, name: tx.changes.title }).closest('section') as HTMLElement;
    expect(within(log).getByRole('heading', { level: 3, name: /Révision 7/ })).toBeInTheDocument();
    expect(within(log).getByText(tx.changes.synonyms.replace('{{list}}', 'exhaure par photopile'))).toBeInTheDocument();
  });

  it('says when another admin decided first', async () => {
    const { user } = renderApp('/officer/taxonomy', {
      routes: as('admin', {
        'GET /api/v1/skills/proposals': ({ url }) => Response.json({ items: url.searchParams.get('status') === 'pending' ? [proposal(4)] : [], nextCursor: null }),
        'GET /api/v1/skills/changes': () => Response.json({ items: [], nextCursor: null }),
        [`POST /api/v1/skills/proposals/${proposal(4).id}/approve`]: () => apiError(409, 'conflict', 'This proposal is already rejected.'),
      }),
    });
    const item = (await screen.findByRole('heading', { level: 3, name: /Compétence 4/ })).closest('li') as HTMLElement;
    expect(await screen.findByText(tx.changes.empty)).toBeInTheDocument();
    await user.click(within(item).getByRole('button', { name: /Approuver/ }));
    expect(await within(item).findByRole('alert')).toHaveTextContent(tx.review.conflict);
  });
});

describe('taxonomy page access', () => {
  it('is linked from the account menu of officers and admins, and closed to talents', async () => {
    const { user, unmount } = renderApp('/', { routes: as('officer', {}) });
    await user.click(await screen.findByRole('button', { name: /Amina El Idrissi/ }));
    expect(screen.getByRole('link', { name: tx.nav })).toHaveAttribute('href', '/officer/taxonomy');
    unmount();

    renderApp('/officer/taxonomy', { routes: as('talent', {}) });
    expect(await screen.findByRole('heading', { level: 1, name: fr.noAccess.title })).toBeInTheDocument();
  });
});
