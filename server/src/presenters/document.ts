/**
 * Documents as their owner sees them. The extracted text, the storage key and the hash never leave the server;
 * suggestions carry the skill's labels, read from the Skill collection (one query for a whole list).
 */
import type { DocumentInfo, TaxonomyLabels } from '@kafaat/shared';
import type { Types } from 'mongoose';
import type { DocumentFields } from '../models/Document';
import { Skill } from '../models/Skill';

/** The stored fields presented (the text, hash and storage key may be left out of the query). */
type StoredDocument = Pick<DocumentFields, 'kind' | 'name' | 'mime' | 'size' | 'shared' | 'textExtraction' | 'suggestions'> & {
  _id: Types.ObjectId;
  createdAt: Date;
};

/** Presents several documents with one read of the skills they suggest. */
export async function presentDocuments(docs: StoredDocument[]): Promise<DocumentInfo[]> {
  const skillIds = [...new Set(docs.flatMap((d) => d.suggestions.map((s) => s.skillId)))];
  const skills = skillIds.length ? await Skill.find({ _id: { $in: skillIds } }, { labels: 1 }).lean() : [];
  const labels = new Map<string, TaxonomyLabels>(skills.flatMap((s) => (s.labels ? [[String(s._id), s.labels] as const] : [])));
  return docs.map((doc) => presentWith(doc, labels));
}

export async function presentDocument(doc: StoredDocument): Promise<DocumentInfo> {
  return (await presentDocuments([doc]))[0]!;
}

function presentWith(doc: StoredDocument, labels: Map<string, TaxonomyLabels>): DocumentInfo {
  return {
    id: String(doc._id),
    kind: doc.kind,
    name: doc.name,
    mime: doc.mime,
    size: doc.size,
    shared: doc.shared,
    createdAt: doc.createdAt.toISOString(),
    textExtraction: doc.textExtraction,
    // A skill removed from the taxonomy since the upload is no longer suggested.
    suggestions: doc.suggestions.flatMap((s) => {
      const skillLabels = labels.get(s.skillId);
      return skillLabels ? [{ skillId: s.skillId, labels: skillLabels, matched: s.matched, status: s.status }] : [];
    }),
  };
}
