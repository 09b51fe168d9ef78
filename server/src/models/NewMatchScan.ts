/**
 * That the new-match job has dealt with an opportunity (services/matching/newMatchNotifier.ts), keyed by the
 * opportunity's id. Kept apart from Opportunity so the job never writes an opportunity (every Opportunity write
 * must also carry its search mark). Written only once every talent chosen was told: a run that stopped half-way
 * leaves no row, and the next run finishes the work (NewMatchNotice rows keep it from telling anyone twice).
 */
import mongoose, { Schema, type InferSchemaType } from 'mongoose';

/**
 * Why the scan ended: talents were chosen (maybe none fit), the opportunity no longer took applications, or it
 * asks for no must-have skill (nobody is told).
 */
export const NEW_MATCH_SCAN_OUTCOMES = ['matched', 'not-open', 'no-must-have'] as const;
export type NewMatchScanOutcome = (typeof NEW_MATCH_SCAN_OUTCOMES)[number];

const newMatchScanSchema = new Schema({
  /** The opportunity's id. */
  _id: { type: Schema.Types.ObjectId, required: true },
  outcome: { type: String, enum: NEW_MATCH_SCAN_OUTCOMES, required: true },
  /** Talents chosen (told now or by an earlier, interrupted run). */
  talents: { type: Number, default: 0 },
  at: { type: Date, required: true },
});
// The job's look at the scans of recent opportunities.
newMatchScanSchema.index({ at: 1 });

export type NewMatchScanFields = InferSchemaType<typeof newMatchScanSchema>;
export const NewMatchScan = mongoose.model('NewMatchScan', newMatchScanSchema);
