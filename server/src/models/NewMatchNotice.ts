/**
 * That a talent was told about a newly published opportunity matching their profile (a `newMatch` notification).
 * Unique per (opportunity, talent): whoever inserts the row first notifies, so a talent hears about an opportunity
 * at most once, ever, however often it is republished and however many server processes run the job at once.
 */
import mongoose, { Schema, type InferSchemaType } from 'mongoose';

const newMatchNoticeSchema = new Schema({
  opportunityId: { type: Schema.Types.ObjectId, required: true },
  /** The talent's user id (= their profile's id). */
  talentId: { type: Schema.Types.ObjectId, required: true },
  at: { type: Date, required: true },
});
newMatchNoticeSchema.index({ opportunityId: 1, talentId: 1 }, { unique: true });
// Erasure of the talent.
newMatchNoticeSchema.index({ talentId: 1 });

export type NewMatchNoticeFields = InferSchemaType<typeof newMatchNoticeSchema>;
export const NewMatchNotice = mongoose.model('NewMatchNotice', newMatchNoticeSchema);
