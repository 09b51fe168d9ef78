/** Single-use, expiring tokens sent by email. The raw token leaves in the mail; only its hash is stored. */
import { createHash, randomBytes } from 'node:crypto';
import type { Types } from 'mongoose';
import { AuthToken, type TokenPurpose } from '../models/AuthToken';

export const TOKEN_TTL_MS: Record<TokenPurpose, number> = {
  verify_email: 48 * 3600_000,
  reset_password: 3600_000,
  invitation: 7 * 24 * 3600_000,
};

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Creates a token for `subjectId` and returns the raw value to put in a link. */
export async function issueToken(purpose: TokenPurpose, subjectId: Types.ObjectId, ttlMs = TOKEN_TTL_MS[purpose]): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await AuthToken.create({ tokenHash: hashToken(token), purpose, subjectId, expiresAt: new Date(Date.now() + ttlMs) });
  return token;
}

/** Marks a valid token used, atomically, and returns its subject; undefined if unknown, expired or already used. */
export async function consumeToken(purpose: TokenPurpose, token: string): Promise<Types.ObjectId | undefined> {
  const now = new Date();
  const doc = await AuthToken.findOneAndUpdate(
    { tokenHash: hashToken(token), purpose, usedAt: null, expiresAt: { $gt: now } },
    { $set: { usedAt: now } },
  ).lean();
  return doc?.subjectId;
}

/** Reads a valid token without using it (to preview an invitation). */
export async function peekToken(purpose: TokenPurpose, token: string): Promise<Types.ObjectId | undefined> {
  const doc = await AuthToken.findOne({ tokenHash: hashToken(token), purpose, usedAt: null, expiresAt: { $gt: new Date() } }).lean();
  return doc?.subjectId;
}

/** Invalidates every unused token of a subject for a purpose (e.g. older reset links once one is used). */
export async function revokeTokens(purpose: TokenPurpose, subjectId: Types.ObjectId): Promise<void> {
  await AuthToken.updateMany({ purpose, subjectId, usedAt: null }, { $set: { usedAt: new Date() } });
}
