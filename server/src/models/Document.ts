/**
 * A file a talent uploaded (shape in shared/src/schemas/document.ts). The bytes live in the document store under
 * `storageKey`; this holds what is known about them. `text` is kept only to suggest skills again later and is
 * never returned by the API (presenters/document.ts chooses the fields).
 */
import mongoose, { Schema, type HydratedDocument, type InferSchemaType } from 'mongoose';
import { DOCUMENT_KINDS, DOCUMENT_MIME_TYPES, TEXT_EXTRACTION_STATUSES } from '@kafaat/shared';

const suggestionSchema = new Schema(
  {
    skillId: { type: String, required: true },
    /** The label or synonym found in the text. */
    matched: { type: String, required: true },
    status: { type: String, enum: ['pending', 'accepted', 'dismissed'], default: 'pending' },
  },
  { _id: false },
);

const documentSchema = new Schema(
  {
    ownerId: { type: Schema.Types.ObjectId, required: true, index: true },
    kind: { type: String, enum: DOCUMENT_KINDS, required: true },
    /** Original file name, cleaned; for display only, never a path. */
    name: { type: String, required: true },
    /** Type found in the bytes (never the declared one). */
    mime: { type: String, enum: DOCUMENT_MIME_TYPES, required: true },
    size: { type: Number, required: true },
    sha256: { type: String, required: true },
    /** Random key in the document store. */
    storageKey: { type: String, required: true, unique: true },
    /** Whether people allowed to see the owner's profile may download it. */
    shared: { type: Boolean, default: false },
    textExtraction: { type: String, enum: TEXT_EXTRACTION_STATUSES, required: true },
    /** Extracted plain text (capped); never presented. */
    text: { type: String, default: '' },
    suggestions: { type: [suggestionSchema], default: [] },
  },
  { timestamps: true },
);

export type DocumentFields = InferSchemaType<typeof documentSchema>;
export type DocumentDoc = HydratedDocument<DocumentFields>;
export const Document = mongoose.model('Document', documentSchema);
