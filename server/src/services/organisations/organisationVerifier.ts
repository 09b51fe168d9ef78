/**
 * A programme officer (employers) or an admin (institutions) verifies or rejects an organisation. A rejection
 * carries the reason its members will read; the decision records who made it and when.
 */
import type { z } from 'zod';
import type { VerificationDecisionSchema } from '@kafaat/shared';
import { Organisation, type OrganisationDoc } from '../../models/Organisation';
import type { Actor } from '../../policies/actor';
import { findOrganisationFor } from './authorisedOrganisation';

export interface VerificationProps {
  actor: Actor;
  organisationId: string;
  decision: z.output<typeof VerificationDecisionSchema>;
}

export async function decideVerification({ actor, organisationId, decision }: VerificationProps): Promise<OrganisationDoc> {
  const org = await findOrganisationFor(actor, organisationId, 'verify');
  const verified = decision.decision === 'verify';
  const updated = await Organisation.findByIdAndUpdate(
    org._id,
    {
      $set: {
        status: verified ? 'verified' : 'rejected',
        statusReason: verified ? null : (decision.reason ?? null),
        verifiedBy: actor.id,
        verifiedAt: new Date(),
      },
    },
    { returnDocument: 'after' },
  );
  return updated ?? org;
}
