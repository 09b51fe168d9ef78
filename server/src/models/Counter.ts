/** Anonymous counters kept when personal data is erased (e.g. accounts deleted, by role). */
import mongoose, { Schema } from 'mongoose';

const counterSchema = new Schema({ _id: { type: String, required: true }, value: { type: Number, default: 0 } }, { versionKey: false, _id: false });

export const Counter = mongoose.model('Counter', counterSchema);

/** Adds one to a named counter. */
export async function incrementCounter(name: string): Promise<void> {
  await Counter.updateOne({ _id: name }, { $inc: { value: 1 } }, { upsert: true });
}
