/**
 * A talent applies to a published opportunity before its deadline, with a motivation and, optionally, some of
 * their own documents. When a manager invited them first, applying is accepting the invitation: the same
 * application moves invited → applied. One application per talent and opportunity (a unique index), so two
 * submissions at once create one; the second finds it and answers as the state requires.
 */
import type { z } from 'zod';
import type { ApplySchema, FieldIssue } from '@kafaat/shared';
import { AppError, conflict, validationFailed } from '../../errors';
import { Application, type StoredApplication } from '../../models/Application';
import { compareAndSet } from '../../models/compareAndSet';
import type { Actor } from '../../policies/actor';
import { opportunityPolicy } from '../../policies/opportunity';
import { emit } from '../events';
import { REFUSALS, findOpportunityFor } from '../opportunities/authorisedOpportunity';
import { ownedDocumentIds } from '../profiles/talentDocuments';
import { applicationRef, managersOf } from './authorisedApplication';

export interface ApplicationSubmissionProps {
  actor: Actor;
  opportunityId: string;
  input: z.output<typeof ApplySchema>;
}

export async function submitApplication({ actor, opportunityId, input }: ApplicationSubmissionProps): Promise<{ app: StoredApplication; acceptedInvitation: boolean }> {
  const opp = await findOpportunityFor(actor, opportunityId, 'read');
  if (!opportunityPolicy.can(actor, 'apply', opp)) {
    if (actor.role !== 'talent') throw new AppError(403, 'forbidden', REFUSALS.apply);
    throw conflict('This opportunity no longer takes applications.', { reason: 'not_open', status: opp.status, deadline: opp.deadline ?? null });
  }
  await checkDocuments(actor.id, input.documentIds);

  const now = new Date();
  const entry = { stage: 'applied', by: 'talent', byUserId: actor.id, at: now, note: '' };
  const fields = { motivation: input.motivation, documentIds: input.documentIds };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const existing = await Application.findOne({ opportunityId: opp._id, talentId: actor.id }, { stage: 1 }).lean();
    if (existing && existing.stage !== 'invited') throw conflict('You already applied to this opportunity.', { reason: 'already_applied', stage: existing.stage });
    if (existing) {
      const accepted = await compareAndSet<StoredApplication>(Application, existing._id, { stage: 'invited' }, { $set: { ...fields, stage: 'applied' }, $push: { history: entry } });
      if (accepted) return announce(actor, accepted, true);
      continue; // the invitation was answered meanwhile: look again
    }
    try {
      const created = await Application.create({
        opportunityId: opp._id,
        organisationId: opp.organisationId,
        opportunityType: opp.type,
        talentId: actor.id,
        stage: 'applied',
        ...fields,
        history: [entry],
        mission: opp.type === 'mission' ? { confirmation: null, report: null, evaluation: null } : null,
      });
      return announce(actor, created.toObject() as StoredApplication, false);
    } catch (err) {
      if ((err as { code?: number }).code !== 11000) throw err;
      // Invited or applied at the same moment: look again.
    }
  }
  throw conflict('You already applied to this opportunity.', { reason: 'already_applied' });
}

async function announce(actor: Actor, app: StoredApplication, acceptedInvitation: boolean) {
  const recipients = await managersOf(app.organisationId, actor.id);
  await emit('application.submitted', { ...applicationRef(app, actor.id, recipients), acceptedInvitation });
  return { app, acceptedInvitation };
}

/** Only the talent's own documents may be attached. */
async function checkDocuments(talentId: string, ids: string[]): Promise<void> {
  const owned = await ownedDocumentIds(talentId, ids);
  const issues: FieldIssue[] = ids.flatMap((id, i) => (owned.has(id) ? [] : [{ path: `documentIds.${i}`, location: 'body' as const, code: 'unknown_document', message: 'this document is not one of yours' }]));
  if (issues.length > 0) throw validationFailed(issues);
}
