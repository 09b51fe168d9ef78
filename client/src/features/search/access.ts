import type { Me } from '@kafaat/shared';

/**
 * Whether this person may search talents: an employer of a verified employer organisation, or an officer of a
 * verified institution (the server's `mayActOnTalents`; it checks again). Others get a page saying why.
 */
export function canSearchTalents(user: Me | null | undefined): boolean {
  const organisation = user?.organisation;
  if (!organisation || organisation.status !== 'verified') return false;
  return (user.role === 'employer' && organisation.kind === 'employer') || (user.role === 'officer' && organisation.kind === 'institution');
}
