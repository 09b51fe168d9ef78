/**
 * A proposal to add a skill or synonyms to the taxonomy, made by a programme officer or an admin and decided by
 * another admin. Proposed names are stored as typed; the taxonomy itself only changes on approval.
 */
import mongoose, { Schema, type HydratedDocument, type InferSchemaType } from 'mongoose';
import { SKILL_PROPOSAL_STATUSES, SKILL_PROPOSAL_TYPES } from '@kafaat/shared';

const labels = { fr: { type: String, required: true }, en: { type: String, required: true }, ar: { type: String, required: true } };

const skillProposalSchema = new Schema(
  {
    type: { type: String, enum: SKILL_PROPOSAL_TYPES, required: true },
    status: { type: String, enum: SKILL_PROPOSAL_STATUSES, default: 'pending' },
    sector: { type: String, required: true },
    /** synonyms: the skill they are for; new-skill: the id given on approval (null before). */
    skillId: { type: String, default: null },
    /** new-skill: the proposed names; synonyms: the skill's names when proposed (for the reviewer). */
    labels,
    synonyms: { fr: [String], en: [String], ar: [String] },
    broader: [String],
    related: [String],
    isco: [String],
    reason: { type: String, required: true },
    proposedBy: { type: Schema.Types.ObjectId, required: true },
    reviewedBy: { type: Schema.Types.ObjectId, default: null },
    reviewedAt: { type: Date, default: null },
    reviewComment: { type: String, default: null },
    /** The taxonomy revision its approval created. */
    revision: { type: Number, default: null },
  },
  { timestamps: true },
);
skillProposalSchema.index({ status: 1, _id: -1 });
skillProposalSchema.index({ proposedBy: 1, _id: -1 });

export type SkillProposalFields = InferSchemaType<typeof skillProposalSchema>;
export type SkillProposalDoc = HydratedDocument<SkillProposalFields>;
export const SkillProposal = mongoose.model('SkillProposal', skillProposalSchema);
