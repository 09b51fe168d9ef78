import type { Actor } from './actor';
import { applicationPolicy, sideOf } from './application';
import { creatableTypes, isOpenForApplications, moroccanToday, opportunityPolicy } from './opportunity';

const ORG = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const OTHER = 'cccccccccccccccccccccccc';
const actor = (fields: Partial<Actor>): Actor => ({
  id: 'bbbbbbbbbbbbbbbbbbbbbbbb',
  role: 'talent',
  organisationId: null,
  orgAdmin: false,
  orgKind: null,
  orgStatus: null,
  emailVerified: true,
  ...fields,
});
const officer = actor({ role: 'officer', organisationId: ORG, orgKind: 'institution', orgStatus: 'verified' });
const pendingEmployer = actor({ role: 'employer', organisationId: ORG, orgKind: 'employer', orgStatus: 'pending' });
const assessor = actor({ role: 'assessor', organisationId: ORG, orgKind: 'institution', orgStatus: 'verified' });

describe('opportunityPolicy', () => {
  it('lets each kind of organisation create its own kinds of opportunity, and nobody else', () => {
    expect(creatableTypes(officer)).toEqual(['mission', 'pilot', 'project']);
    expect(creatableTypes(pendingEmployer)).toEqual(['job', 'project']);
    expect(creatableTypes(actor({ ...pendingEmployer, orgStatus: 'rejected' }))).toEqual([]);
    expect(creatableTypes(assessor)).toEqual([]);
    expect(creatableTypes(actor({ role: 'admin' }))).toEqual([]);
  });

  it('keeps drafts within their organisation and publishing for verified ones', () => {
    const draft = { organisationId: ORG, type: 'job', status: 'draft' } as const;
    expect(opportunityPolicy.can(assessor, 'read', draft)).toBe(true);
    expect(opportunityPolicy.can(assessor, 'manage', draft)).toBe(false);
    expect(opportunityPolicy.can(actor({}), 'read', draft)).toBe(false);
    expect(opportunityPolicy.can(pendingEmployer, 'manage', draft)).toBe(true);
    expect(opportunityPolicy.can(pendingEmployer, 'publish', draft)).toBe(false);
    expect(opportunityPolicy.can(actor({}), 'read', { ...draft, status: 'closed' })).toBe(true);
  });

  it('takes applications until the end of the deadline day in Morocco', () => {
    const opp = { organisationId: ORG, type: 'job', status: 'published', deadline: '2027-03-31' } as const;
    expect(isOpenForApplications(opp, '2027-03-31')).toBe(true);
    expect(isOpenForApplications(opp, '2027-04-01')).toBe(false);
    expect(isOpenForApplications({ ...opp, status: 'filled' }, '2027-03-01')).toBe(false);
    // 23:30 UTC on 31 March is already 1 April in Casablanca (UTC+1).
    expect(moroccanToday(new Date('2027-03-31T23:30:00Z'))).toBe('2027-04-01');
  });

  it('scopes lists to what leaves draft plus the organisation’s own (the exact filters)', () => {
    const open = { status: { $in: ['published', 'closed', 'filled', 'in-progress', 'completed'] } };
    expect(opportunityPolicy.scope(actor({}))).toEqual(open);
    expect(opportunityPolicy.scope(officer)).toEqual({ $or: [open, { organisationId: ORG }] });
    expect(opportunityPolicy.scope(null)).toEqual({ _id: { $in: [] } });
  });
});

describe('applicationPolicy', () => {
  const app = { talentId: 'bbbbbbbbbbbbbbbbbbbbbbbb', organisationId: ORG };

  it("puts the talent and the organisation's managers on their sides, and nobody else", () => {
    expect(sideOf(actor({}), app)).toBe('talent');
    expect(sideOf(officer, app)).toBe('owner');
    expect(sideOf(assessor, app)).toBeNull();
    expect(sideOf(actor({ id: OTHER }), app)).toBeNull();
    expect(applicationPolicy.can(actor({ role: 'admin' }), 'read', app)).toBe(false);
  });

  it('scopes lists to the talent’s own or the managers’ organisation (the exact filters)', () => {
    expect(applicationPolicy.scope(actor({}))).toEqual({ talentId: 'bbbbbbbbbbbbbbbbbbbbbbbb' });
    expect(applicationPolicy.scope(officer)).toEqual({ organisationId: ORG });
    expect(applicationPolicy.scope(assessor)).toEqual({ _id: { $in: [] } });
  });
});
