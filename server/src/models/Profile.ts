/**
 * A talent's profile (shape and rules in shared/src/schemas/profile.ts). Its _id is the talent's user id: one
 * profile per talent, found without an extra index. Validation happens in zod before anything reaches here.
 */
import mongoose, { Schema, type HydratedDocument, type InferSchemaType } from 'mongoose';
import { PROFILE_VISIBILITIES, SKILL_VERIFICATION_STATUSES, TALENT_KINDS } from '@kafaat/shared';
import { searchSyncSchema } from './searchSync';

const skillSchema = new Schema(
  {
    skillId: { type: String, required: true },
    level: { type: Number, required: true },
    years: { type: Number, default: 0 },
    acquiredBy: { type: [String], default: ['work'] },
    evidence: { type: [Schema.Types.ObjectId], default: [] },
    /** Set only by the skills-validation pilots' workflow, never from the profile editor. */
    verification: {
      status: { type: String, enum: SKILL_VERIFICATION_STATUSES, default: 'self-declared' },
      verifiedAt: { type: Date, default: null },
    },
  },
  { _id: false },
);

const profileSchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    kind: { type: String, enum: TALENT_KINDS, required: true },
    headline: { type: String, default: '' },
    summary: { type: String, default: '' },
    country: { type: String, default: null },
    city: { type: String, default: '' },
    languages: { type: [{ _id: false, code: String, level: String, native: Boolean }], default: [] },
    skills: { type: [skillSchema], default: [] },
    occupations: { type: [String], default: [] },
    experience: {
      type: [{ _id: false, title: String, organisation: String, country: String, city: String, start: String, end: String, description: String }],
      default: [],
    },
    education: { type: [{ _id: false, title: String, institution: String, country: String, year: Number, recognition: String }], default: [] },
    sectors: { type: [String], default: [] },
    interests: { type: [String], default: [] },
    mobility: {
      remote: { type: Boolean, default: false },
      shortMissions: { type: Boolean, default: false },
      maxMissionWeeks: { type: Number, default: null },
      relocation: { type: Boolean, default: false },
    },
    availability: { type: [{ _id: false, from: String, to: String, note: String }], default: [] },
    visibility: { type: String, enum: PROFILE_VISIBILITIES, default: 'verified-organisations', index: true },
    /** Only the talent sees these (see SensitiveSchema); never indexed, never presented to anyone else. */
    sensitive: {
      nationality: { type: String, default: null },
      residenceStatus: { type: String, default: null },
      gender: { type: String, default: null },
      birthYear: { type: Number, default: null },
    },
    /** Marked in the same write as any change, cleared by the search indexer (see models/searchSync.ts). */
    searchSync: { type: searchSyncSchema, default: () => ({}) },
  },
  { timestamps: true, minimize: false },
);
profileSchema.index({ 'skills.skillId': 1 });
profileSchema.index({ 'searchSync.dirty': 1 });

export type ProfileFields = InferSchemaType<typeof profileSchema>;
export type ProfileDoc = HydratedDocument<ProfileFields>;
export const Profile = mongoose.model('Profile', profileSchema);
