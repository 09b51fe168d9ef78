/**
 * One talent in one opportunity's pipeline (rules in shared/src/schemas/application.ts): created when the talent
 * applies or a manager invites them, unique per (opportunity, talent). The document is the unit of consistency:
 * every move is a conditional update on the current stage, so two concurrent moves cannot both win. The history
 * records each stage with who moved it (the side, and the user's id for the record).
 */
import mongoose, { Schema, type HydratedDocument, type InferSchemaType } from 'mongoose';
import { APPLICATION_STAGES, OPPORTUNITY_TYPES } from '@kafaat/shared';

const stageEventSchema = new Schema(
  {
    stage: { type: String, enum: APPLICATION_STAGES, required: true },
    by: { type: String, enum: ['talent', 'owner'], required: true },
    byUserId: { type: Schema.Types.ObjectId, required: true },
    at: { type: Date, required: true },
    note: { type: String, default: '' },
  },
  { _id: false },
);

const checklist = { travel: Boolean, visaLetter: Boolean, accommodation: Boolean, allowance: Boolean };

/** Filled in as a mission goes: confirmation (dates, logistics), then the expert's report and the host's evaluation. */
const missionSchema = new Schema(
  {
    confirmation: {
      type: new Schema(
        {
          startDate: String,
          endDate: String,
          checklist,
          /** Bumped at each confirmation, so calendar apps replace the event they imported (SEQUENCE). */
          sequence: { type: Number, default: 0 },
          confirmedAt: Date,
        },
        { _id: false },
      ),
      default: null,
    },
    report: {
      type: new Schema({ activities: [String], deliverables: [String], peopleTrained: Number, followUp: String, submittedAt: Date }, { _id: false }),
      default: null,
    },
    evaluation: {
      type: new Schema(
        {
          ratings: { objectivesMet: Number, expertise: Number, communication: Number, overall: Number },
          comments: String,
          wouldHostAgain: Boolean,
          submittedAt: Date,
          submittedBy: Schema.Types.ObjectId,
        },
        { _id: false },
      ),
      default: null,
    },
  },
  { _id: false },
);

const applicationSchema = new Schema(
  {
    opportunityId: { type: Schema.Types.ObjectId, ref: 'Opportunity', required: true },
    /** Copied from the opportunity (they never change), so the rules need no second read. */
    organisationId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    opportunityType: { type: String, enum: OPPORTUNITY_TYPES, required: true },
    talentId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    stage: { type: String, enum: APPLICATION_STAGES, required: true },
    motivation: { type: String, default: '' },
    documentIds: { type: [Schema.Types.ObjectId], default: [] },
    history: { type: [stageEventSchema], default: [] },
    /** Missions only; null for other types. */
    mission: { type: missionSchema, default: null },
  },
  { timestamps: true, minimize: false },
);
applicationSchema.index({ opportunityId: 1, talentId: 1 }, { unique: true });
// The board (an opportunity's applications by stage) and the talent's own list, most recently changed first.
applicationSchema.index({ opportunityId: 1, stage: 1, updatedAt: -1, _id: -1 });
applicationSchema.index({ talentId: 1, updatedAt: -1, _id: -1 });

export type ApplicationFields = InferSchemaType<typeof applicationSchema>;
export type ApplicationDoc = HydratedDocument<ApplicationFields>;
export type StoredApplication = ApplicationFields & { _id: mongoose.Types.ObjectId; createdAt: Date; updatedAt: Date };
export const Application = mongoose.model('Application', applicationSchema);
