/**
 * Deletes one of a talent's documents: the file first, then its record, then its id from the evidence of the
 * profile's skills. Each step is harmless to repeat, so a deletion cut short can simply be asked again.
 */
import type { Types } from 'mongoose';
import { notFound } from '../../errors';
import { Document } from '../../models/Document';
import { Profile } from '../../models/Profile';
import { exclusive } from '../../models/compareAndSet';
import type { Actor } from '../../policies/actor';
import { documentPolicy } from '../../policies/document';
import { documentStoreFor } from '../../storage/documentStore';
import type { ServiceContext } from '../context';

export interface DocumentDeletionProps {
  ctx: ServiceContext;
  actor: Actor;
  documentId: string;
}

export async function deleteDocument({ ctx, actor, documentId }: DocumentDeletionProps): Promise<void> {
  const doc = await Document.findOne({ _id: documentId, ...documentPolicy.scope(actor) }, { ownerId: 1, shared: 1, storageKey: 1 }).lean();
  if (!doc || !documentPolicy.can(actor, 'delete', doc)) throw notFound('Document');
  await documentStoreFor(ctx.config).delete(doc.storageKey);
  await Document.deleteOne({ _id: doc._id });
  await removeFromEvidence(doc.ownerId, doc._id);
}

/**
 * Pulls the document id from every skill that cites it. FerretDB has no `$[]`, so the update names the array
 * positions read just before, and only applies if the same skills are still at those positions.
 */
async function removeFromEvidence(ownerId: Types.ObjectId, documentId: Types.ObjectId): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const profile = await Profile.findById(ownerId, { skills: 1 }).lean();
    const filter: Record<string, unknown> = { _id: ownerId };
    const pull: Record<string, Types.ObjectId> = {};
    profile?.skills.forEach((skill, i) => {
      if (!skill.evidence.some((id) => id.equals(documentId))) return;
      filter[`skills.${i}.skillId`] = skill.skillId;
      pull[`skills.${i}.evidence`] = documentId;
    });
    if (Object.keys(pull).length === 0) return;
    // Queued with the other writes of this profile (FerretDB writes whole documents back; see compareAndSet).
    const res = await exclusive(Profile, ownerId, () => Profile.updateOne(filter, { $pull: pull }));
    if (res.matchedCount === 1) return;
  }
}
