/** Single-use tokens sent by email (verification, password reset, invitations): only their SHA-256 is stored. */
import mongoose, { Schema } from 'mongoose';

export const TOKEN_PURPOSES = ['verify_email', 'reset_password', 'invitation'] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

const authTokenSchema = new Schema(
  {
    tokenHash: { type: String, required: true, unique: true },
    purpose: { type: String, enum: TOKEN_PURPOSES, required: true },
    /** The account the token acts on (verification, reset), or the invitation it opens. */
    subjectId: { type: Schema.Types.ObjectId, required: true, index: true },
    expiresAt: { type: Date, required: true, index: true },
    usedAt: { type: Date, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);

export const AuthToken = mongoose.model('AuthToken', authTokenSchema);
