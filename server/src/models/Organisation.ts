/** An employer or an institution (ministry, IOM, NGO, university…). Pending until verified. */
import mongoose, { Schema, type InferSchemaType, type HydratedDocument } from 'mongoose';
import { INSTITUTION_TYPES, ORGANISATION_KINDS, ORGANISATION_STATUSES } from '@kafaat/shared';
import { RecentReads } from './recentReads';

const organisationSchema = new Schema(
  {
    name: { type: String, required: true },
    kind: { type: String, enum: ORGANISATION_KINDS, required: true },
    institutionType: { type: String, enum: [...INSTITUTION_TYPES, null], default: null },
    country: { type: String, required: true },
    city: { type: String, default: null },
    website: { type: String, default: null },
    description: { type: String, default: null },
    status: { type: String, enum: ORGANISATION_STATUSES, default: 'pending', index: true },
    statusReason: { type: String, default: null },
    verifiedBy: { type: Schema.Types.ObjectId, default: null },
    verifiedAt: { type: Date, default: null },
  },
  { timestamps: true },
);
organisationSchema.index({ status: 1, kind: 1, _id: 1 });

export type OrganisationFields = InferSchemaType<typeof organisationSchema>;
export type OrganisationDoc = HydratedDocument<OrganisationFields>;

/** What every request may need of the signed-in user's organisation: the actor's kind and status, the name shown. */
export type OrganisationSummary = { _id: mongoose.Types.ObjectId } & Pick<OrganisationFields, 'name' | 'kind' | 'status'>;

/** Organisations read by id in the last seconds, for each request's actor and account (models/recentReads.ts). */
const recentOrganisations = new RecentReads<OrganisationSummary>(organisationSchema, { ttlMs: 3000 });

export const Organisation = mongoose.model('Organisation', organisationSchema);

/** An organisation's summary by id through recentOrganisations. */
export const recentOrganisation = (id: unknown) =>
  recentOrganisations.get(String(id), () => Organisation.findById(id, { name: 1, kind: 1, status: 1 }).lean<OrganisationSummary>());
