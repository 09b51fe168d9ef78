import type { Actor } from './actor';
import { conversationPolicy, conversationSideOf } from './conversation';

const ORG = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const OTHER_ORG = 'bbbbbbbbbbbbbbbbbbbbbbbb';
const TALENT = 'cccccccccccccccccccccccc';

const actor = (id: string, role: Actor['role'], org: string | null = null, orgKind: Actor['orgKind'] = null): Actor => ({
  id,
  role,
  organisationId: org,
  orgAdmin: false,
  orgKind,
  orgStatus: org ? 'verified' : null,
  emailVerified: true,
});

const talent = actor(TALENT, 'talent');
const otherTalent = actor('dddddddddddddddddddddddd', 'talent');
const employer = actor('eeeeeeeeeeeeeeeeeeeeeeee', 'employer', ORG, 'employer');
const stranger = actor('ffffffffffffffffffffffff', 'employer', OTHER_ORG, 'employer');
const admin = actor('111111111111111111111111', 'admin');
const conv = { talentId: TALENT, organisationId: ORG };

describe('conversationPolicy', () => {
  it('lets the talent and the organisation’s members read and write, and nobody else (not even admins)', () => {
    expect(conversationSideOf(talent, conv)).toBe('talent');
    expect(conversationSideOf(employer, conv)).toBe('organisation');
    for (const outsider of [otherTalent, stranger, admin, null]) {
      expect(conversationPolicy.can(outsider, 'read', conv)).toBe(false);
      expect(conversationPolicy.can(outsider, 'send', conv)).toBe(false);
    }
  });

  it('lets a talent start only about an opportunity they are in the pipeline of', () => {
    const start = { organisationId: ORG, talentId: TALENT, profileVisible: false };
    expect(conversationPolicy.canStart(talent, { ...start, inPipeline: true })).toBe(true);
    expect(conversationPolicy.canStart(talent, { ...start, inPipeline: false })).toBe(false);
    expect(conversationPolicy.canStart(otherTalent, { ...start, inPipeline: true })).toBe(false);
  });

  it('lets an organisation member start with a talent they may see, only about their own opportunity', () => {
    const start = { organisationId: ORG, talentId: TALENT, inPipeline: false };
    expect(conversationPolicy.canStart(employer, { ...start, profileVisible: true })).toBe(true);
    expect(conversationPolicy.canStart(employer, { ...start, profileVisible: false })).toBe(false);
    expect(conversationPolicy.canStart(employer, { ...start, profileVisible: false, inPipeline: true })).toBe(true);
    expect(conversationPolicy.canStart(stranger, { ...start, profileVisible: true })).toBe(false);
  });

  it('scopes lists to the talent’s own conversations or the member’s organisation’s', () => {
    expect(conversationPolicy.scope(talent)).toEqual({ talentId: TALENT });
    expect(conversationPolicy.scope(employer)).toEqual({ organisationId: ORG });
    expect(conversationPolicy.scope(admin)).toEqual({ _id: { $in: [] } });
    expect(conversationPolicy.scope(null)).toEqual({ _id: { $in: [] } });
  });
});
