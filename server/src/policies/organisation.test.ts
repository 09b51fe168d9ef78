import type { Actor } from './actor';
import { mayActOnTalents, organisationPolicy } from './organisation';

const ORG = 'aaaaaaaaaaaaaaaaaaaaaaaa';
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

describe('mayActOnTalents', () => {
  // Searching and contacting talents comes later; the rule is fixed now so pending organisations cannot.
  test.each([
    ['an employer of a verified employer', actor({ role: 'employer', organisationId: ORG, orgKind: 'employer', orgStatus: 'verified' }), true],
    ['an employer of a pending employer', actor({ role: 'employer', organisationId: ORG, orgKind: 'employer', orgStatus: 'pending' }), false],
    ['an employer of a rejected employer', actor({ role: 'employer', organisationId: ORG, orgKind: 'employer', orgStatus: 'rejected' }), false],
    ['an officer of a verified institution', actor({ role: 'officer', organisationId: ORG, orgKind: 'institution', orgStatus: 'verified' }), true],
    ['an officer of a pending institution', actor({ role: 'officer', organisationId: ORG, orgKind: 'institution', orgStatus: 'pending' }), false],
    ['an assessor of a verified institution', actor({ role: 'assessor', organisationId: ORG, orgKind: 'institution', orgStatus: 'verified' }), false],
    ['an admin', actor({ role: 'admin' }), true],
    ['a talent', actor({}), false],
    ['nobody signed in', null, false],
  ])('%s → %s', (_who, who, expected) => {
    expect(mayActOnTalents(who)).toBe(expected);
  });
});

describe('organisationPolicy.scope', () => {
  it('gives programme staff every organisation, members their own, and others none (the exact filters)', () => {
    expect(organisationPolicy.scope(actor({ role: 'admin' }))).toEqual({});
    expect(organisationPolicy.scope(actor({ role: 'officer', organisationId: ORG, orgKind: 'institution', orgStatus: 'verified' }))).toEqual({});
    expect(organisationPolicy.scope(actor({ role: 'employer', organisationId: ORG, orgKind: 'employer', orgStatus: 'verified' }))).toEqual({ _id: ORG });
    expect(organisationPolicy.scope(actor({}))).toEqual({ _id: { $in: [] } });
    expect(organisationPolicy.scope(null)).toEqual({ _id: { $in: [] } });
  });
});
