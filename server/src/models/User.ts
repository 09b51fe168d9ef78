/** A person's account. One person has one account and one role; employers, officers and assessors belong to an organisation. */
import mongoose, { Schema, type InferSchemaType, type HydratedDocument } from 'mongoose';
import { LOCALES, ROLES, TALENT_KINDS } from '@kafaat/shared';
import { RecentReads } from './recentReads';

const userSchema = new Schema(
  {
    email: { type: String, required: true, unique: true, lowercase: true, trim: true },
    passwordHash: { type: String, required: true },
    displayName: { type: String, required: true },
    role: { type: String, enum: ROLES, required: true },
    talentKind: { type: String, enum: [...TALENT_KINDS, null], default: null },
    locale: { type: String, enum: LOCALES, default: 'fr' },
    emailVerifiedAt: { type: Date, default: null },
    organisationId: { type: Schema.Types.ObjectId, ref: 'Organisation', default: null, index: true },
    orgAdmin: { type: Boolean, default: false },
    consent: { version: { type: String, required: true }, at: { type: Date, required: true } },
    /** Earlier acceptances of the privacy notice, oldest first (the current one is `consent`); for the data export. */
    consentHistory: { type: [{ _id: false, version: { type: String, required: true }, at: { type: Date, required: true } }], default: [] },
    lastSignInAt: { type: Date, default: null },
  },
  { timestamps: true },
);

export type UserFields = InferSchemaType<typeof userSchema>;
export type UserDoc = HydratedDocument<UserFields>;

/** An account as read (lean), with its id. */
export type StoredUser = UserFields & { _id: mongoose.Types.ObjectId };

/** Accounts read by id in the last seconds, for the signed-in user of each request (models/recentReads.ts). */
export const recentUsers = new RecentReads<StoredUser>(userSchema, { ttlMs: 3000 });

/** An account by id through recentUsers. */
export const recentUser = (id: string) => recentUsers.get(id, () => User.findById(id).lean<StoredUser>());

export const User = mongoose.model('User', userSchema);
