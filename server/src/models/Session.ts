/**
 * Server-side sessions (express-session's store writes here). Expiry is a date compared on read and purged by
 * a periodic job, as FerretDB has no TTL indexes. `userId` lets a user see and end their sessions.
 */
import mongoose, { Schema } from 'mongoose';

const sessionSchema = new Schema(
  {
    _id: { type: String, required: true },
    data: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, default: null, index: true },
    expiresAt: { type: Date, required: true, index: true },
    userAgent: { type: String, default: null },
    ip: { type: String, default: null },
    lastSeenAt: { type: Date, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false }, _id: false },
);

export const Session = mongoose.model('Session', sessionSchema);
