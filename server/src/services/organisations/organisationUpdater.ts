/**
 * An organisation admin edits the organisation's details. A rejected organisation that is edited goes back to
 * the verification queue (pending), so its members can fix what the reason pointed at and be reviewed again.
 */
import type { z } from 'zod';
import type { UpdateOrganisationSchema } from '@kafaat/shared';
import { Organisation, type OrganisationDoc } from '../../models/Organisation';
import type { Actor } from '../../policies/actor';
import { findOrganisationFor } from './authorisedOrganisation';
import { markOrganisationOpportunitiesForSearch } from '../searchMarks';

export interface OrganisationUpdateProps {
  actor: Actor;
  organisationId: string;
  changes: z.output<typeof UpdateOrganisationSchema>;
}

export async function updateOrganisation({ actor, organisationId, changes }: OrganisationUpdateProps): Promise<{ org: OrganisationDoc; fields: string[]; resubmitted: boolean }> {
  const org = await findOrganisationFor(actor, organisationId, 'update');
  const fields = Object.keys(changes).filter((key) => changes[key as keyof typeof changes] !== undefined);
  const resubmitted = org.status === 'rejected' && fields.length > 0;
  const set: Record<string, unknown> = {};
  for (const field of fields) set[field] = changes[field as keyof typeof changes] ?? null;
  if (resubmitted) set.status = 'pending';
  const updated = fields.length > 0 ? await Organisation.findByIdAndUpdate(org._id, { $set: set }, { returnDocument: 'after' }) : org;
  // The name is shown on the organisation's opportunities in search.
  if (fields.includes('name')) await markOrganisationOpportunitiesForSearch(org._id);
  return { org: updated ?? org, fields, resubmitted };
}
