/**
 * Who uses which opportunity screens (the server checks again; this only decides what to show), and which types
 * an organisation's members may write: employers jobs and projects, institutions' officers missions, pilots and
 * projects (the same rule as the server's opportunity policy).
 */
import type { Me, OpportunityType, Role } from '@kafaat/shared';

export const OPPORTUNITY_ROLES = {
  /** Write opportunities, follow their boards, invite talents. */
  manage: ['employer', 'officer'],
  /** Apply and follow their own applications. */
  apply: ['talent'],
  /** Open an application: its talent or the opportunity's managers. */
  application: ['talent', 'employer', 'officer'],
} as const satisfies Record<string, readonly Role[]>;

const TYPES_BY_KIND = { employer: ['job', 'project'], institution: ['mission', 'pilot', 'project'] } as const;
const MANAGER_ROLE = { employer: 'employer', institution: 'officer' } as const;

/** The types this person may create (none without an organisation, or once its verification was refused). */
export function creatableTypes(user: Me | null | undefined): readonly OpportunityType[] {
  const organisation = user?.organisation;
  if (!organisation || organisation.status === 'rejected' || user.role !== MANAGER_ROLE[organisation.kind]) return [];
  return TYPES_BY_KIND[organisation.kind];
}
