/**
 * The role × action table, against the real HTTP API with real accounts: each cell is what a person in that
 * role gets when they try that action. A cell that changes means someone gained or lost a power.
 */
import { Types } from 'mongoose';
import type { Response } from 'supertest';
import { PROFILE_VISIBILITIES, type ProfileVisibility } from '@kafaat/shared';
import { startTestApp, type TestContext } from '../testing/harness';
import { openBrowser, type Browser } from '../testing/client';
import { buildApplication, buildOpportunity, buildOrganisation, buildTalentProfile, buildUser } from '../testing/factories';
import { signIn } from '../testing/session';
import { buildSkill, buildSkillProposal } from '../testing/skillFactories';
import { ensureSearchIndices } from '../search/indices';

let ctx: TestContext;

const WHO = [
  'anonymous visitor',
  'talent',
  'employer of a pending organisation',
  'admin of a verified employer',
  'member of a verified employer',
  'officer of a verified institution',
  'officer of another verified institution',
  'officer of a pending institution',
  'assessor',
  'admin',
] as const;
type Who = (typeof WHO)[number];

interface Person {
  browser: Browser;
  id: string;
  /** Their organisation, or an id that exists nowhere for people without one. */
  ownOrg: string;
  /** Someone else's institution. */
  otherOrg: string;
}
const people = {} as Record<Who, Person>;
/** Ids of other talents' profiles, one per visibility. */
const talentProfiles = {} as Record<ProfileVisibility, string>;
let seq = 0;

/** What an opportunity's author writes (the create rows add the type and its details). */
const NEW_OPPORTUNITY = { title: { fr: 'Opportunité' }, description: { fr: 'Description' }, sector: 'health', location: { mode: 'onsite' } };

/** Actions, each as one request; fresh targets where the action changes something. */
const ACTIONS = {
  'read own organisation': (p: Person) => p.browser.get(`/api/v1/organisations/${p.ownOrg}`),
  'read another organisation': (p: Person) => p.browser.get(`/api/v1/organisations/${p.otherOrg}`),
  'update own organisation': (p: Person) => p.browser.patch(`/api/v1/organisations/${p.ownOrg}`, { description: `Edited ${++seq}` }),
  'update another organisation': (p: Person) => p.browser.patch(`/api/v1/organisations/${p.otherOrg}`, { description: 'Not ours' }),
  'invite to own organisation': (p: Person) => p.browser.post(`/api/v1/organisations/${p.ownOrg}/invitations`, { email: `matrix${++seq}@example.org` }),
  "read another organisation's members": (p: Person) => p.browser.get(`/api/v1/organisations/${p.otherOrg}/members`),
  'list organisations (verification queue)': (p: Person) => p.browser.get('/api/v1/organisations?status=pending'),
  'verify an employer organisation': async (p: Person) => {
    const org = await buildOrganisation({ kind: 'employer', status: 'pending' });
    return p.browser.post(`/api/v1/organisations/${org.id}/verification`, { decision: 'verify' });
  },
  'verify an institution': async (p: Person) => {
    const org = await buildOrganisation({ kind: 'institution', status: 'pending' });
    return p.browser.post(`/api/v1/organisations/${org.id}/verification`, { decision: 'verify' });
  },
  'verify own organisation': (p: Person) => p.browser.post(`/api/v1/organisations/${p.ownOrg}/verification`, { decision: 'verify' }),
  'read the audit log': (p: Person) => p.browser.get('/api/v1/admin/audit'),
  "change someone's role": async (p: Person) => {
    const target = await buildUser({ role: 'talent' });
    return p.browser.patch(`/api/v1/admin/users/${target.id}/role`, { role: 'admin' });
  },
  'change own role': (p: Person) => p.browser.patch(`/api/v1/admin/users/${p.id}/role`, { role: 'admin' }),
  'propose a skill': (p: Person) =>
    p.browser.post('/api/v1/skills/proposals', {
      type: 'new-skill',
      sector: 'engineering',
      labels: { fr: `Compétence proposée ${++seq}`, en: `Proposed skill ${seq}`, ar: `مهارة مقترحة ${seq}` },
      reason: 'Employers of the sector keep asking for it.',
    }),
  'list skill proposals': (p: Person) => p.browser.get('/api/v1/skills/proposals'),
  "approve someone else's skill proposal": async (p: Person) => {
    const proposal = await buildSkillProposal(new Types.ObjectId());
    return p.browser.post(`/api/v1/skills/proposals/${proposal.id}/approve`, {});
  },
  'approve own skill proposal': async (p: Person) => {
    const proposal = await buildSkillProposal(p.id);
    return p.browser.post(`/api/v1/skills/proposals/${proposal.id}/approve`, {});
  },
  "reject someone else's skill proposal": async (p: Person) => {
    const proposal = await buildSkillProposal(new Types.ObjectId());
    return p.browser.post(`/api/v1/skills/proposals/${proposal.id}/reject`, { comment: 'Already covered.' });
  },
  'read the taxonomy change log': (p: Person) => p.browser.get('/api/v1/skills/changes'),
  'read a skill': async (p: Person) => p.browser.get(`/api/v1/skills/${await buildSkill()}`),
  'read own talent profile': (p: Person) => p.browser.get('/api/v1/me/profile'),
  'save own talent profile': (p: Person) => p.browser.patch('/api/v1/me/profile', { headline: `Headline ${++seq}` }),
  'preview own talent profile': (p: Person) => p.browser.get('/api/v1/me/profile/preview'),
  'read a talent profile (verified orgs)': (p: Person) => p.browser.get(`/api/v1/talents/${talentProfiles['verified-organisations']}`),
  'read a talent profile (officers only)': (p: Person) => p.browser.get(`/api/v1/talents/${talentProfiles.officers}`),
  'read a talent profile (hidden)': (p: Person) => p.browser.get(`/api/v1/talents/${talentProfiles.hidden}`),
  'create a job (draft)': (p: Person) => p.browser.post('/api/v1/opportunities', { ...NEW_OPPORTUNITY, type: 'job' }),
  'create a mission (draft)': (p: Person) =>
    p.browser.post('/api/v1/opportunities', { ...NEW_OPPORTUNITY, type: 'mission', mission: { hostInstitution: 'CHU Ibn Rochd', objectives: 'Former', durationDays: 5, budget: {} } }),
  "publish own organisation's draft": async (p: Person) => {
    const draft = await buildOpportunity({ organisationId: p.ownOrg, type: 'project', status: 'draft' });
    return p.browser.post(`/api/v1/opportunities/${draft.id}/status`, { status: 'published' });
  },
  "read another organisation's draft": async (p: Person) => p.browser.get(`/api/v1/opportunities/${(await buildOpportunity({ organisationId: p.otherOrg, type: 'mission', status: 'draft' })).id}`),
  'read a published opportunity': async (p: Person) => p.browser.get(`/api/v1/opportunities/${(await buildOpportunity({ organisationId: p.otherOrg, type: 'mission' })).id}`),
  'apply to a published opportunity': async (p: Person) => {
    const opp = await buildOpportunity({ organisationId: p.otherOrg, type: 'mission' });
    return p.browser.post(`/api/v1/opportunities/${opp.id}/applications`, { motivation: 'Disponible en mars.' });
  },
  "invite a talent to own organisation's opportunity": async (p: Person) => {
    const opp = await buildOpportunity({ organisationId: p.ownOrg, type: 'project' });
    return p.browser.post(`/api/v1/opportunities/${opp.id}/invitations`, { talentId: talentProfiles['verified-organisations'] });
  },
  "see own organisation's board": async (p: Person) => p.browser.get(`/api/v1/opportunities/${(await buildOpportunity({ organisationId: p.ownOrg, type: 'project' })).id}/applications`),
  "move a candidate on own organisation's board": async (p: Person) => {
    const opp = await buildOpportunity({ organisationId: p.ownOrg, type: 'project' });
    const app = await buildApplication({ opportunity: opp, talentId: talentProfiles['verified-organisations'] });
    return p.browser.post(`/api/v1/applications/${app.id}/stage`, { stage: 'shortlisted' });
  },
  "read another talent's application": async (p: Person) => {
    const opp = await buildOpportunity({ organisationId: p.otherOrg, type: 'mission' });
    return p.browser.get(`/api/v1/applications/${(await buildApplication({ opportunity: opp, talentId: talentProfiles.officers })).id}`);
  },
  'list own applications': (p: Person) => p.browser.get('/api/v1/me/applications'),
  'list own documents': (p: Person) => p.browser.get('/api/v1/me/documents'),
  'search talents': (p: Person) => p.browser.get('/api/v1/talents/search?q=ingenieur'),
  'search opportunities': (p: Person) => p.browser.get('/api/v1/opportunities/search?q=mission'),
  'save a talent search': (p: Person) => p.browser.post('/api/v1/saved-searches', { name: `Recherche ${++seq}`, filters: { q: 'soudeur' } }),
  "see matches for own organisation's opportunity": async (p: Person) =>
    p.browser.get(`/api/v1/opportunities/${(await buildOpportunity({ organisationId: p.ownOrg, type: 'project' })).id}/matches`),
  "see matches for another organisation's opportunity": async (p: Person) =>
    p.browser.get(`/api/v1/opportunities/${(await buildOpportunity({ organisationId: p.otherOrg, type: 'mission' })).id}/matches`),
  'see opportunities matching own profile': (p: Person) => p.browser.get('/api/v1/me/matches'),
} satisfies Record<string, (p: Person) => Promise<Response> | PromiseLike<Response>>;
type What = keyof typeof ACTIONS;

// Columns in WHO order:   anon talent empPend empAdm empMem offVer offOth offPend assessor admin
const EXPECTED: Record<What, number[]> = {
  'read own organisation':                   [401, 404, 200, 200, 200, 200, 200, 200, 200, 404],
  'read another organisation':               [401, 403, 403, 403, 403, 200, 200, 403, 403, 200],
  'update own organisation':                 [401, 404, 200, 200, 403, 200, 200, 200, 403, 404],
  'update another organisation':             [401, 403, 403, 403, 403, 403, 403, 403, 403, 403],
  'invite to own organisation':              [401, 404, 201, 201, 403, 201, 201, 201, 403, 404],
  "read another organisation's members":     [401, 403, 403, 403, 403, 200, 200, 403, 403, 200],
  'list organisations (verification queue)': [401, 403, 403, 403, 403, 200, 200, 403, 403, 200],
  'verify an employer organisation':         [401, 403, 403, 403, 403, 200, 200, 403, 403, 200],
  'verify an institution':                   [401, 403, 403, 403, 403, 403, 403, 403, 403, 200],
  'verify own organisation':                 [401, 404, 403, 403, 403, 403, 403, 403, 403, 404],
  'read the audit log':                      [401, 403, 403, 403, 403, 403, 403, 403, 403, 200],
  "change someone's role":                   [401, 403, 403, 403, 403, 403, 403, 403, 403, 200],
  'change own role':                         [401, 403, 403, 403, 403, 403, 403, 403, 403, 403],
  'propose a skill':                         [401, 403, 403, 403, 403, 201, 201, 403, 403, 201],
  'list skill proposals':                    [401, 403, 403, 403, 403, 200, 200, 403, 403, 200],
  "approve someone else's skill proposal":   [401, 403, 403, 403, 403, 403, 403, 403, 403, 200],
  'approve own skill proposal':              [401, 403, 403, 403, 403, 403, 403, 403, 403, 403],
  "reject someone else's skill proposal":    [401, 403, 403, 403, 403, 403, 403, 403, 403, 200],
  'read the taxonomy change log':            [401, 403, 403, 403, 403, 403, 403, 403, 403, 200],
  'read a skill':                            [401, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  'read own talent profile':                 [401, 200, 403, 403, 403, 403, 403, 403, 403, 403],
  'save own talent profile':                 [401, 200, 403, 403, 403, 403, 403, 403, 403, 403],
  'preview own talent profile':              [401, 200, 403, 403, 403, 403, 403, 403, 403, 403],
  'read a talent profile (verified orgs)':   [401, 404, 404, 200, 200, 200, 200, 404, 404, 200],
  'read a talent profile (officers only)':   [401, 404, 404, 404, 404, 200, 200, 404, 404, 200],
  'read a talent profile (hidden)':          [401, 404, 404, 404, 404, 404, 404, 404, 404, 404],
  'create a job (draft)':                    [401, 403, 201, 201, 201, 403, 403, 403, 403, 403],
  'create a mission (draft)':                [401, 403, 403, 403, 403, 201, 201, 201, 403, 403],
  "publish own organisation's draft":        [401, 404, 403, 200, 200, 200, 200, 403, 403, 404],
  "read another organisation's draft":       [401, 404, 404, 404, 404, 404, 404, 404, 404, 404],
  'read a published opportunity':            [401, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  'apply to a published opportunity':        [401, 201, 403, 403, 403, 403, 403, 403, 403, 403],
  "invite a talent to own organisation's opportunity": [401, 403, 404, 201, 201, 201, 201, 404, 403, 403],
  "see own organisation's board":            [401, 403, 200, 200, 200, 200, 200, 200, 403, 403],
  "move a candidate on own organisation's board": [401, 404, 200, 200, 200, 200, 200, 200, 404, 404],
  "read another talent's application":       [401, 404, 404, 404, 404, 404, 404, 404, 404, 404],
  'list own applications':                   [401, 200, 403, 403, 403, 403, 403, 403, 403, 403],
  'list own documents':                      [401, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  'search talents':                          [401, 403, 403, 200, 200, 200, 200, 403, 403, 200],
  'search opportunities':                    [401, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  'save a talent search':                    [401, 403, 403, 201, 201, 201, 201, 403, 403, 201],
  "see matches for own organisation's opportunity": [401, 404, 200, 200, 200, 200, 200, 200, 404, 404],
  "see matches for another organisation's opportunity": [401, 404, 404, 404, 404, 404, 404, 404, 404, 404],
  'see opportunities matching own profile':  [401, 200, 403, 403, 403, 403, 403, 403, 403, 403],
};

const ERROR_CODES: Record<number, string> = { 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found' };

const table = (Object.keys(EXPECTED) as What[]).flatMap((what) => WHO.map((who, i) => ({ who, what, status: EXPECTED[what][i]! })));

beforeAll(async () => {
  ctx = await startTestApp();
  await ensureSearchIndices(ctx.search, ctx.config.ES_INDEX_PREFIX);
  const [pendingEmployer, verifiedEmployer, institutionA, institutionB, pendingInstitution] = await Promise.all([
    buildOrganisation({ kind: 'employer', status: 'pending' }),
    buildOrganisation({ kind: 'employer', status: 'verified' }),
    buildOrganisation({ kind: 'institution', status: 'verified' }),
    buildOrganisation({ kind: 'institution', status: 'verified' }),
    buildOrganisation({ kind: 'institution', status: 'pending' }),
  ]);
  const nowhere = String(new Types.ObjectId());
  const accounts: Record<Exclude<Who, 'anonymous visitor'>, Parameters<typeof buildUser>[0]> = {
    talent: { role: 'talent' },
    'employer of a pending organisation': { role: 'employer', organisationId: pendingEmployer._id, orgAdmin: true },
    'admin of a verified employer': { role: 'employer', organisationId: verifiedEmployer._id, orgAdmin: true },
    'member of a verified employer': { role: 'employer', organisationId: verifiedEmployer._id },
    'officer of a verified institution': { role: 'officer', organisationId: institutionA._id, orgAdmin: true },
    'officer of another verified institution': { role: 'officer', organisationId: institutionB._id, orgAdmin: true },
    'officer of a pending institution': { role: 'officer', organisationId: pendingInstitution._id, orgAdmin: true },
    assessor: { role: 'assessor', organisationId: institutionB._id },
    admin: { role: 'admin' },
  };
  // "Another organisation" is institution A, except for A's own officer, for whom it is institution B.
  for (const [who, fields] of Object.entries(accounts) as Array<[Who, Parameters<typeof buildUser>[0]]>) {
    const user = await buildUser(fields);
    people[who] = {
      browser: await signIn(ctx.app, user),
      id: user.id,
      ownOrg: user.organisationId ? String(user.organisationId) : nowhere,
      otherOrg: who === 'officer of a verified institution' ? institutionB.id : institutionA.id,
    };
  }
  for (const visibility of PROFILE_VISIBILITIES) {
    const owner = await buildUser({ role: 'talent' });
    await buildTalentProfile(owner, { headline: `Talent (${visibility})`, visibility });
    talentProfiles[visibility] = owner.id;
  }
  people['anonymous visitor'] = { browser: await openBrowser(ctx.app, '10.88.0.1'), id: nowhere, ownOrg: nowhere, otherOrg: institutionA.id };
});
afterAll(() => ctx.close());

describe('who may do what (real API, real accounts)', () => {
  test.each(table)('$who: $what → $status', async ({ who, what, status }) => {
    const res = await ACTIONS[what](people[who]);
    expect({ status: res.status, code: res.body?.error?.code }).toEqual({ status, code: ERROR_CODES[status] });
  });
});
