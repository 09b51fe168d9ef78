/**
 * Factories for messaging and notifications: an employer organisation with two members, a talent, and one of
 * the organisation's opportunities; a stored document of the talent; a conversation written straight into the
 * database (for tests that only need one to exist).
 */
import { randomBytes } from 'node:crypto';
import type { ProfileVisibility } from '@kafaat/shared';
import type { Types } from 'mongoose';
import { Conversation, type StoredConversation } from '../models/Conversation';
import { Document } from '../models/Document';
import { buildApplication, buildOpportunity, buildOrganisation, buildTalentProfile, buildUser } from './factories';

/** What most messaging tests start from. `applied` puts the talent in the opportunity's pipeline. */
export async function buildMessagingScene(options: { visibility?: ProfileVisibility; applied?: boolean } = {}) {
  const org = await buildOrganisation({ kind: 'employer', status: 'verified' });
  const employer = await buildUser({ role: 'employer', organisationId: org._id, orgAdmin: true });
  const colleague = await buildUser({ role: 'employer', organisationId: org._id });
  const talent = await buildUser({ role: 'talent' });
  await buildTalentProfile(talent, { visibility: options.visibility ?? 'verified-organisations' });
  const opportunity = await buildOpportunity({ organisationId: org._id, createdBy: employer._id });
  if (options.applied) await buildApplication({ opportunity, talentId: talent._id });
  return { org, employer, colleague, talent, opportunity };
}

/** A document the owner uploaded, as the documents feature stores it (no file bytes needed for messaging). */
export async function buildDocument(ownerId: Types.ObjectId, fields: { name?: string; shared?: boolean } = {}) {
  return Document.create({
    ownerId,
    kind: 'certificate',
    name: fields.name ?? 'attestation.pdf',
    mime: 'application/pdf',
    size: 2048,
    sha256: randomBytes(32).toString('hex'),
    storageKey: randomBytes(16).toString('hex'),
    shared: fields.shared ?? false,
    textExtraction: 'not-applicable',
  });
}

/** A conversation with no message yet, stored directly. */
export async function buildConversation(fields: { opportunityId: Types.ObjectId; organisationId: Types.ObjectId; talentId: Types.ObjectId }): Promise<StoredConversation> {
  const doc = await Conversation.create({ ...fields, startedBy: fields.talentId, lastActivityAt: new Date() });
  return doc.toObject() as StoredConversation;
}
