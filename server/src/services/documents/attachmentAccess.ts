/**
 * Whether a document reached the actor as an attachment: sent with an application to an opportunity the actor
 * manages, or attached to a message in a conversation the actor takes part in. Recipients of an attachment may
 * download it even when its owner does not share it on their profile.
 */
import { Types } from 'mongoose';
import { Application } from '../../models/Application';
import type { Actor } from '../../policies/actor';
import { applicationPolicy } from '../../policies/application';
import { mayDownloadAttachment } from '../messages/attachments';

export async function attachedForActor(actor: Actor, doc: { _id: unknown; ownerId: unknown }): Promise<boolean> {
  const applications = await Application.find(
    { talentId: new Types.ObjectId(String(doc.ownerId)), documentIds: new Types.ObjectId(String(doc._id)) },
    { talentId: 1, organisationId: 1 },
  ).lean();
  if (applications.some((app) => applicationPolicy.can(actor, 'read', app))) return true;
  return mayDownloadAttachment(actor, doc);
}
