import type { Actor } from './actor';
import { documentPolicy } from './document';

const actor = (id: string, role: Actor['role'], org: Partial<Actor> = {}): Actor => ({
  id,
  role,
  organisationId: null,
  orgAdmin: false,
  orgKind: null,
  orgStatus: null,
  emailVerified: true,
  ...org,
});

const owner = actor('aaaaaaaaaaaaaaaaaaaaaaaa', 'talent');
const otherTalent = actor('bbbbbbbbbbbbbbbbbbbbbbbb', 'talent');
const employer = actor('cccccccccccccccccccccccc', 'employer', { organisationId: 'o1', orgKind: 'employer', orgStatus: 'verified' });
const pendingEmployer = actor('dddddddddddddddddddddddd', 'employer', { organisationId: 'o2', orgKind: 'employer', orgStatus: 'pending' });
const profile = (visibility: 'verified-organisations' | 'officers' | 'hidden') => ({ _id: owner.id, visibility });
const doc = (shared: boolean) => ({ ownerId: owner.id, shared });

describe('documentPolicy', () => {
  it('lets talents upload, nobody else', () => {
    expect(documentPolicy.canUpload(owner)).toBe(true);
    expect(documentPolicy.canUpload(employer)).toBe(false);
    expect(documentPolicy.canUpload(null)).toBe(false);
  });

  it('lets the owner alone edit, delete and answer suggestions', () => {
    for (const action of ['update', 'delete', 'decide'] as const) {
      expect(documentPolicy.can(owner, action, doc(true))).toBe(true);
      expect(documentPolicy.can(otherTalent, action, doc(true), profile('verified-organisations'))).toBe(false);
      expect(documentPolicy.can(employer, action, doc(true), profile('verified-organisations'))).toBe(false);
    }
  });

  it('lets others download only a shared document of a profile they may see', () => {
    expect(documentPolicy.can(owner, 'download', doc(false))).toBe(true);
    expect(documentPolicy.can(employer, 'download', doc(true), profile('verified-organisations'))).toBe(true);
    expect(documentPolicy.can(employer, 'download', doc(false), profile('verified-organisations'))).toBe(false);
    expect(documentPolicy.can(employer, 'download', doc(true), profile('officers'))).toBe(false);
    expect(documentPolicy.can(employer, 'download', doc(true), null)).toBe(false);
    expect(documentPolicy.can(pendingEmployer, 'download', doc(true), profile('verified-organisations'))).toBe(false);
    expect(documentPolicy.can(otherTalent, 'download', doc(true), profile('verified-organisations'))).toBe(false);
    expect(documentPolicy.can(null, 'download', doc(true), profile('verified-organisations'))).toBe(false);
  });
});
