/**
 * Stores a file a talent uploads, once its bytes say it is an accepted type and it fits in their space; photos
 * are stored without their Exif/GPS metadata. Its text
 * (PDF, DOCX) is read for skill suggestions; a text that cannot be read does not stop the upload. Nothing is kept
 * when anything is refused: the file is written only after every check, and removed again if the record cannot
 * be saved or a concurrent upload used up the space meanwhile (there are no transactions to lean on).
 */
import { createHash } from 'node:crypto';
import { Types } from 'mongoose';
import type { DocumentKind } from '@kafaat/shared';
import { forbidden, quotaExceeded, unsupportedFileType } from '../../errors';
import { Document, type DocumentDoc } from '../../models/Document';
import { Profile } from '../../models/Profile';
import type { Actor } from '../../policies/actor';
import { documentPolicy } from '../../policies/document';
import { documentStoreFor, newStorageKey } from '../../storage/documentStore';
import { cleanFileName } from '../../storage/fileName';
import { ACCEPTED_TYPES_LABEL, sniffDocumentType } from '../../storage/sniff';
import { stripImageMetadata } from '../../storage/stripMetadata';
import type { ServiceContext } from '../context';
import { detectSkills } from '../taxonomy/skillDetector';
import { loadSkillIndex } from '../taxonomy/skillIndexLoader';
import { extractText } from './textExtractor';

/** Documents one talent may keep, whatever their size. */
export const DOCUMENTS_MAX_COUNT = 30;

export interface DocumentUploadProps {
  ctx: ServiceContext;
  actor: Actor | null;
  /** The bytes as received, and the name the client gave (display only). */
  file: { buffer: Buffer; originalname: string };
  fields: { kind: DocumentKind; shared: boolean };
}

export interface DocumentUsage {
  bytes: number;
  count: number;
}

/**
 * Space used by a talent's documents. Summed here rather than with `$group`: there are at most a few dozen, and
 * FerretDB 1.24 answers 0 for every accumulator after the first in one `$group`.
 */
export async function documentUsage(ownerId: string): Promise<DocumentUsage> {
  const rows = await Document.find({ ownerId: new Types.ObjectId(ownerId) }, { size: 1, _id: 0 }).lean();
  return { bytes: rows.reduce((sum, row) => sum + row.size, 0), count: rows.length };
}

/** Refuses a file of `size` bytes when, added to what the talent already keeps, it would not fit. */
function checkQuota(ctx: ServiceContext, others: DocumentUsage, size: number): void {
  if (others.bytes + size > ctx.config.UPLOAD_QUOTA_BYTES || others.count + 1 > DOCUMENTS_MAX_COUNT) {
    throw quotaExceeded({ usedBytes: others.bytes, fileBytes: size, maxBytes: ctx.config.UPLOAD_QUOTA_BYTES, count: others.count, maxCount: DOCUMENTS_MAX_COUNT });
  }
}

export async function uploadDocument({ ctx, actor, file, fields }: DocumentUploadProps): Promise<DocumentDoc> {
  if (!actor || !documentPolicy.canUpload(actor)) throw forbidden('Only talents can upload documents.');
  const mime = sniffDocumentType(file.buffer);
  if (!mime) throw unsupportedFileType(ACCEPTED_TYPES_LABEL);
  // Photos lose their Exif/GPS metadata before anything is stored or hashed.
  const bytes = stripImageMetadata(mime, file.buffer);
  const size = bytes.length;
  checkQuota(ctx, await documentUsage(actor.id), size);

  const extracted = await extractText(mime, bytes);
  const suggestions = extracted.text ? await suggestSkills(actor.id, extracted.text) : [];

  const store = documentStoreFor(ctx.config);
  const storageKey = newStorageKey();
  await store.put(storageKey, bytes);
  let doc: DocumentDoc;
  try {
    doc = await Document.create({
      ownerId: actor.id,
      kind: fields.kind,
      name: cleanFileName(file.originalname),
      mime,
      size,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      storageKey,
      shared: fields.shared,
      textExtraction: extracted.status,
      text: extracted.text,
      suggestions,
    });
  } catch (err) {
    await store.delete(storageKey);
    throw err;
  }

  // Two uploads at once may both have passed the check above: whichever sees the space exceeded gives way.
  const after = await documentUsage(actor.id);
  try {
    checkQuota(ctx, { bytes: after.bytes - size, count: after.count - 1 }, size);
  } catch (err) {
    await Document.deleteOne({ _id: doc._id });
    await store.delete(storageKey);
    throw err;
  }
  return doc;
}

/** Taxonomy skills found in the text that the talent's profile does not list yet, all pending. */
async function suggestSkills(ownerId: string, text: string) {
  const profile = await Profile.findById(ownerId, { 'skills.skillId': 1 }).lean();
  const found = detectSkills(await loadSkillIndex(), text, { exclude: profile?.skills.map((s) => s.skillId) ?? [] });
  return found.map(({ skillId, matched }) => ({ skillId, matched, status: 'pending' as const }));
}
