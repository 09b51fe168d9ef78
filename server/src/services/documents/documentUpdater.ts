/** Changes what a document is (its kind) or whether viewers of the profile may download it (shared). */
import { notFound } from '../../errors';
import { Document, type DocumentDoc } from '../../models/Document';
import type { Actor } from '../../policies/actor';
import { documentPolicy } from '../../policies/document';

export interface DocumentUpdateProps {
  actor: Actor;
  documentId: string;
  changes: { kind?: DocumentDoc['kind']; shared?: boolean };
}

export async function updateDocument({ actor, documentId, changes }: DocumentUpdateProps): Promise<DocumentDoc> {
  const doc = await Document.findOne({ _id: documentId, ...documentPolicy.scope(actor) });
  if (!doc || !documentPolicy.can(actor, 'update', doc)) throw notFound('Document');
  doc.set(changes);
  await doc.save();
  return doc;
}
