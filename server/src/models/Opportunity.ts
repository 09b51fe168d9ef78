/**
 * A job, project, mission or pilot call (shape and rules in shared/src/schemas/opportunity.ts). It belongs to
 * its organisation, not to the member who wrote it: `createdBy` is kept for the record and survives that
 * member's account. Validation happens in zod before anything reaches here; dates are "YYYY-MM-DD" strings.
 */
import mongoose, { Schema, type HydratedDocument, type InferSchemaType } from 'mongoose';
import { OPPORTUNITY_STATUSES, OPPORTUNITY_TYPES } from '@kafaat/shared';
import { RecentReads } from './recentReads';
import { searchSyncSchema } from './searchSync';

/** Text in one or more languages, stored without an _id of its own. */
const text = new Schema({ fr: String, ar: String, en: String }, { _id: false });
const requiredSkill = { _id: false, skillId: { type: String, required: true }, minLevel: { type: Number, required: true } };

const opportunitySchema = new Schema(
  {
    type: { type: String, enum: OPPORTUNITY_TYPES, required: true },
    status: { type: String, enum: OPPORTUNITY_STATUSES, default: 'draft' },
    organisationId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    createdBy: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    title: { type: text, required: true },
    description: { type: text, required: true },
    sector: { type: String, required: true },
    mustHaveSkills: { type: [requiredSkill], default: [] },
    niceToHaveSkills: { type: [requiredSkill], default: [] },
    languages: { type: [{ _id: false, code: String, minLevel: String }], default: [] },
    location: { mode: { type: String, required: true }, country: { type: String, default: 'MA' }, city: { type: String, default: '' } },
    startDate: { type: String, default: null },
    endDate: { type: String, default: null },
    deadline: { type: String, default: null },
    seats: { type: Number, default: 1 },
    mission: {
      type: new Schema(
        {
          hostInstitution: String,
          objectives: String,
          deliverables: [String],
          durationDays: Number,
          budget: { travelMad: Number, dailyAllowanceMad: Number },
        },
        { _id: false },
      ),
      default: null,
    },
    project: { type: new Schema({ purpose: String, seeking: [String] }, { _id: false }), default: null },
    /** First publication; kept when the opportunity is closed and published again. */
    publishedAt: { type: Date, default: null },
    /** Marked in the same write as any change, cleared by the search indexer (see models/searchSync.ts). */
    searchSync: { type: searchSyncSchema, default: () => ({}) },
  },
  { timestamps: true, minimize: false },
);
// The public list (by status, newest first) and an organisation's own list.
opportunitySchema.index({ status: 1, _id: -1 });
opportunitySchema.index({ organisationId: 1, _id: -1 });
opportunitySchema.index({ 'searchSync.dirty': 1 });

export type OpportunityFields = InferSchemaType<typeof opportunitySchema>;
export type OpportunityDoc = HydratedDocument<OpportunityFields>;
export type StoredOpportunity = OpportunityFields & { _id: mongoose.Types.ObjectId; createdAt: Date; updatedAt: Date };

/**
 * Opportunities read by id in the last seconds, for their match lists (models/recentReads.ts): an officer pages
 * through one, and each page ranks it again. A change through the model applies from the next request here,
 * within 3 s in another process.
 */
const recentOpportunities = new RecentReads<StoredOpportunity>(opportunitySchema, { ttlMs: 3000, max: 1000 });

export const Opportunity = mongoose.model('Opportunity', opportunitySchema);

/** An opportunity by id through recentOpportunities (callers must not change it). */
export const recentOpportunity = (id: string) => recentOpportunities.get(id, () => Opportunity.findById(id).lean<StoredOpportunity>());
