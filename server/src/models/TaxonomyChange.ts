/**
 * The versioned log of approved taxonomy changes: one document per revision (1, 2, 3…), applied in order on top
 * of the taxonomy files at every load, so approved skills and synonyms survive a new version of the files.
 * Append-only: a revision, once numbered, is never edited or removed.
 */
import mongoose, { Schema, type InferSchemaType } from 'mongoose';
import { SKILL_PROPOSAL_TYPES } from '@kafaat/shared';

const labels = { fr: { type: String }, en: { type: String }, ar: { type: String } };

const taxonomyChangeSchema = new Schema(
  {
    revision: { type: Number, required: true, unique: true },
    type: { type: String, enum: SKILL_PROPOSAL_TYPES, required: true },
    /** The skill created (new-skill) or given synonyms. */
    skillId: { type: String, required: true },
    sector: { type: String, required: true },
    /** One change per proposal, whatever happens to the request that approves it. */
    proposalId: { type: Schema.Types.ObjectId, required: true, unique: true },
    /** new-skill: the new skill's names; absent for synonyms. */
    labels: { type: labels, default: null },
    /** Synonyms added (all of a new skill's, or only the new ones). */
    synonyms: { fr: [String], en: [String], ar: [String] },
    broader: [String],
    related: [String],
    isco: [String],
    proposedBy: { type: Schema.Types.ObjectId, required: true },
    approvedBy: { type: Schema.Types.ObjectId, required: true },
    at: { type: Date, required: true, default: () => new Date() },
  },
  { versionKey: false },
);

for (const op of ['updateOne', 'updateMany', 'findOneAndUpdate', 'deleteOne', 'deleteMany', 'findOneAndDelete', 'replaceOne'] as const) {
  taxonomyChangeSchema.pre(op, function refuse() {
    throw new Error('the taxonomy change log is append-only');
  });
}

export type TaxonomyChangeFields = InferSchemaType<typeof taxonomyChangeSchema>;
export const TaxonomyChange = mongoose.model('TaxonomyChange', taxonomyChangeSchema);
