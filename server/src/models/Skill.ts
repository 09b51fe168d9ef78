/** The skills taxonomy as loaded from shared/taxonomy (the files in the repository are the source of truth). */
import mongoose, { Schema } from 'mongoose';

const labels = { fr: { type: String, required: true }, en: { type: String, required: true }, ar: { type: String, required: true } };

const skillSchema = new Schema(
  {
    _id: { type: String, required: true },
    sector: { type: String, required: true, index: true },
    labels,
    synonyms: { fr: [String], en: [String], ar: [String] },
    broader: [String],
    related: [String],
    isco: [String],
    /** Version of the taxonomy (files, plus approved revisions) when this document was last written. */
    taxonomyVersion: { type: String, required: true },
  },
  { versionKey: false, _id: false },
);

export const Skill = mongoose.model('Skill', skillSchema);
