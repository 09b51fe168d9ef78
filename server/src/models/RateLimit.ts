/** Fixed-window counters shared by every server process (rate limits of sign-in, sign-up, reset). */
import mongoose, { Schema } from 'mongoose';

const rateLimitSchema = new Schema(
  {
    _id: { type: String, required: true },
    count: { type: Number, required: true },
    resetAt: { type: Date, required: true, index: true },
  },
  { versionKey: false, _id: false },
);

export const RateLimit = mongoose.model('RateLimit', rateLimitSchema);
