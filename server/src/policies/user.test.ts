import type { Actor } from './actor';
import { userPolicy, type UserAction } from './user';

const actor = (id: string, role: Actor['role']): Actor => ({
  id,
  role,
  organisationId: null,
  orgAdmin: false,
  orgKind: null,
  orgStatus: null,
  emailVerified: true,
});

const talent = actor('aaaaaaaaaaaaaaaaaaaaaaaa', 'talent');
const otherTalent = { _id: 'bbbbbbbbbbbbbbbbbbbbbbbb' };
const admin = actor('cccccccccccccccccccccccc', 'admin');

type Case = [who: string, Actor | null, target: { _id: string }];
const CASES: Case[] = [
  ['a talent on their own account', talent, { _id: talent.id }],
  ['a talent on another talent', talent, otherTalent],
  ['an admin on another user', admin, otherTalent],
  ['an admin on their own account', admin, { _id: admin.id }],
  ['an anonymous visitor', null, otherTalent],
];

// Expected answer per action, in the order of CASES.
const TABLE: Record<UserAction, boolean[]> = {
  read: [true, false, true, true, false],
  update: [true, false, false, true, false],
  export: [true, false, false, true, false],
  delete: [true, false, false, true, false],
  readSensitive: [true, false, false, true, false],
  changeRole: [false, false, true, false, false],
};

describe('userPolicy.can', () => {
  const rows = Object.entries(TABLE).flatMap(([action, expected]) =>
    CASES.map(([who, a, target], i) => [action as UserAction, who, expected[i]!, a, target] as const),
  );

  it.each(rows)('%s by %s → %s', (action, _who, expected, a, target) => {
    expect(userPolicy.can(a, action, target)).toBe(expected);
  });

  it('refuses every action when there is no target account', () => {
    for (const action of Object.keys(TABLE) as UserAction[]) expect(userPolicy.can(admin, action, null)).toBe(false);
  });
});
