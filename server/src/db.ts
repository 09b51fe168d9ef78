/**
 * The MongoDB connection (mongoose's default connection). The data layer runs on MongoDB 7+ and FerretDB 1.24,
 * so it keeps to what both support: see docs/ARCHITECTURE.md.
 */
import mongoose from 'mongoose';

export async function connectMongo(uri: string, dbName: string): Promise<typeof mongoose> {
  mongoose.set('strictQuery', true);
  // Operator injection (`{"email": {"$gt": ""}}`) is stopped earlier: every input is parsed by a strict zod
  // schema, so a filter only ever receives values of the declared types.
  return mongoose.connect(uri, { dbName, serverSelectionTimeoutMS: 5000, autoIndex: true });
}

/** Answers within `timeoutMs` whether MongoDB responds to a ping, never throwing. */
export async function mongoHealthy(timeoutMs = 2000): Promise<{ ok: boolean; error?: string }> {
  const db = mongoose.connection.db;
  if (!db || mongoose.connection.readyState !== 1) return { ok: false, error: 'not connected' };
  try {
    await Promise.race([
      db.admin().ping(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), timeoutMs).unref()),
    ]);
    return { ok: true };
  } catch (err) {
    return { ok: false, error: (err as Error).message === 'timed out' ? 'timed out' : 'ping failed' };
  }
}

export async function disconnectMongo(): Promise<void> {
  await mongoose.disconnect();
}
