import { describe, expect, it } from 'vitest';
import { paths, safeNextPath, signInPath } from './paths';

describe('return path after sign-in', () => {
  it.each([
    ['/account', '/account'],
    ['/organisation?tab=members#invite', '/organisation?tab=members#invite'],
    ['/admin/audit?action=auth.signin', '/admin/audit?action=auth.signin'],
  ])('keeps a page of this site: %s', (raw, expected) => {
    expect(safeNextPath(raw)).toBe(expected);
  });

  it.each([
    'https://evil.example/steal',
    '//evil.example/steal',
    '/\\evil.example',
    'javascript:alert(1)',
    'account',
    '',
    null,
  ])('sends anything that could leave the site home instead: %s', (raw) => {
    expect(safeNextPath(raw)).toBe(paths.home);
  });

  it('builds /signin?next=… only when there is somewhere to come back to', () => {
    expect(signInPath('/account')).toBe('/signin?next=%2Faccount');
    expect(signInPath('/')).toBe('/signin');
    expect(signInPath('//evil.example')).toBe('/signin');
  });
});
