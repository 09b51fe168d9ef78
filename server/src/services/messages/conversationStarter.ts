/**
 * Opens the conversation about an opportunity between its organisation and a talent, with a first message; when
 * it already exists, the message is added to it (one conversation per opportunity and talent). A talent writes
 * about an opportunity they applied or were invited to; an organisation member about their organisation's
 * opportunity, to a talent whose profile they may see (managers also to anyone in its pipeline). A talent the
 * starter may not see answers 404, like one that does not exist.
 */
import type { StartConversation } from '@kafaat/shared';
import type { Types } from 'mongoose';
import { forbidden, notFound, validationFailed } from '../../errors';
import { Application } from '../../models/Application';
import { Conversation, type StoredConversation } from '../../models/Conversation';
import type { StoredMessage } from '../../models/Message';
import { Opportunity } from '../../models/Opportunity';
import { Profile } from '../../models/Profile';
import type { Actor } from '../../policies/actor';
import { conversationPolicy } from '../../policies/conversation';
import { opportunityPolicy } from '../../policies/opportunity';
import { profilePolicy } from '../../policies/profile';
import { ownAttachments } from './attachments';
import { writeMessage } from './messageSender';

export interface ConversationStartProps {
  actor: Actor;
  input: StartConversation;
}

export interface StartedConversation {
  conversation: StoredConversation;
  message: StoredMessage;
  /** False when the conversation existed and the message was added to it. */
  created: boolean;
}

const isDuplicateKey = (err: unknown) => (err as { code?: number }).code === 11000;

export async function startConversation({ actor, input }: ConversationStartProps): Promise<StartedConversation> {
  const opportunity = await Opportunity.findById(input.opportunityId, { organisationId: 1, type: 1, status: 1, deadline: 1 }).lean();
  if (!opportunity || !opportunityPolicy.can(actor, 'read', opportunity)) throw notFound('Opportunity');

  const isTalent = actor.role === 'talent';
  if (isTalent && input.talentId !== undefined && input.talentId !== actor.id) {
    throw validationFailed([{ path: 'talentId', location: 'body', code: 'not_allowed', message: 'leave it out: you write as yourself' }]);
  }
  const talentId = isTalent ? actor.id : input.talentId;
  if (!talentId) throw validationFailed([{ path: 'talentId', location: 'body', code: 'required', message: 'say which talent to write to' }]);

  const [inPipeline, profile] = await Promise.all([
    Application.exists({ opportunityId: opportunity._id, talentId }).then(Boolean),
    isTalent ? null : Profile.findById(talentId, { visibility: 1 }).lean(),
  ]);
  const start = { organisationId: opportunity.organisationId, talentId, inPipeline, profileVisible: !!profile && profilePolicy.can(actor, 'view', profile) };
  if (!conversationPolicy.canStart(actor, start)) {
    if (isTalent) throw forbidden('Apply to this opportunity, or accept its invitation, before writing to its organisation.');
    if (actor.organisationId !== String(opportunity.organisationId)) throw forbidden('Only the organisation that published this opportunity can write about it.');
    throw notFound('Talent');
  }

  // Checked before anything is created, so a refused attachment leaves no empty conversation behind.
  const attachments = await ownAttachments(actor.id, input.attachmentIds);
  const { conversation, created } = await findOrCreate(actor, opportunity, talentId);
  const side = isTalent ? 'talent' : 'organisation';
  const message = await writeMessage(actor, conversation, side, input.text, attachments);
  return { conversation, message, created };
}

async function findOrCreate(actor: Actor, opportunity: { _id: Types.ObjectId; organisationId: Types.ObjectId }, talentId: string) {
  const filter = { opportunityId: opportunity._id, talentId };
  const existing = await Conversation.findOne(filter).lean<StoredConversation>();
  if (existing) return { conversation: existing, created: false };
  try {
    const doc = await Conversation.create({ ...filter, organisationId: opportunity.organisationId, startedBy: actor.id, lastActivityAt: new Date() });
    return { conversation: doc.toObject() as StoredConversation, created: true };
  } catch (err) {
    // Both sides started it at the same moment: the other request created it, write in that one.
    if (!isDuplicateKey(err)) throw err;
    const raced = await Conversation.findOne(filter).lean<StoredConversation>();
    if (!raced) throw err;
    return { conversation: raced, created: false };
  }
}
