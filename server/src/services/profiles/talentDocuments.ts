/**
 * What profiles need to know about a talent's documents: which ids are theirs (skill evidence), which they
 * share with the people who may see their profile, whether they uploaded a CV.
 */
import { Types } from 'mongoose';
import type { ViewerProfile } from '@kafaat/shared';
import { Document } from '../../models/Document';

export type SharedDocument = ViewerProfile['sharedDocuments'][number];

const oid = (id: Types.ObjectId | string) => new Types.ObjectId(String(id));

/** The subset of `ids` that are documents of this owner. */
export async function ownedDocumentIds(ownerId: Types.ObjectId | string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await Document.find({ _id: { $in: ids.map(oid) }, ownerId: oid(ownerId) }, { _id: 1 }).lean();
  return new Set(rows.map((row) => String(row._id)));
}

/** Documents the owner chose to show to the people who may see their profile, newest first. */
export async function sharedDocumentsOf(ownerId: Types.ObjectId | string): Promise<SharedDocument[]> {
  const rows = await Document.find({ ownerId: oid(ownerId), shared: true }, { kind: 1, name: 1, size: 1 }).sort({ _id: -1 }).lean();
  return rows.map((row) => ({ id: String(row._id), kind: row.kind, name: row.name, size: row.size }));
}

/** Whether the owner uploaded a CV (a step of profile completeness). */
export async function hasCv(ownerId: Types.ObjectId | string): Promise<boolean> {
  return !!(await Document.exists({ ownerId: oid(ownerId), kind: 'cv' }));
}
