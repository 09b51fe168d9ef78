/**
 * A manager invites a talent to a published opportunity. The talent must be someone whose profile the manager
 * may see (profilePolicy 'view'); anyone else, hidden profiles included, is "not found", so an invitation cannot
 * probe who is registered. The invitation is the talent's application in stage `invited`; the manager's message
 * is the note of that first step, which the talent reads. One per talent and opportunity.
 */
import type { z } from 'zod';
import type { InviteTalentSchema } from '@kafaat/shared';
import { conflict, notFound } from '../../errors';
import { Application, type StoredApplication } from '../../models/Application';
import { Profile } from '../../models/Profile';
import { User } from '../../models/User';
import type { Actor } from '../../policies/actor';
import { profilePolicy } from '../../policies/profile';
import { emit } from '../events';
import { findOpportunityFor } from '../opportunities/authorisedOpportunity';
import { applicationRef } from './authorisedApplication';

export interface TalentInvitationProps {
  actor: Actor;
  opportunityId: string;
  input: z.output<typeof InviteTalentSchema>;
}

export async function inviteTalent({ actor, opportunityId, input }: TalentInvitationProps): Promise<StoredApplication> {
  const opp = await findOpportunityFor(actor, opportunityId, 'manage');
  const talent = await User.findOne({ _id: input.talentId, role: 'talent' }, { _id: 1 }).lean();
  const profile = talent ? await Profile.findById(talent._id, { visibility: 1 }).lean() : null;
  // A talent who has not saved a profile yet has the default visibility.
  if (!talent || !profilePolicy.can(actor, 'view', { _id: talent._id, visibility: profile?.visibility ?? 'verified-organisations' })) throw notFound('Talent');
  if (opp.status !== 'published') throw conflict('Invite talents once the opportunity is published.', { reason: 'not_open', status: opp.status });

  let app: StoredApplication;
  try {
    const created = await Application.create({
      opportunityId: opp._id,
      organisationId: opp.organisationId,
      opportunityType: opp.type,
      talentId: talent._id,
      stage: 'invited',
      history: [{ stage: 'invited', by: 'owner', byUserId: actor.id, at: new Date(), note: input.message }],
      mission: opp.type === 'mission' ? { confirmation: null, report: null, evaluation: null } : null,
    });
    app = created.toObject() as StoredApplication;
  } catch (err) {
    if ((err as { code?: number }).code === 11000) throw conflict('This talent is already in the pipeline of this opportunity.', { reason: 'already_in_pipeline' });
    throw err;
  }
  await emit('application.invited', applicationRef(app, actor.id, [String(talent._id)]));
  return app;
}
