/**
 * Demo data. `seedIfEmpty` runs on every `npm start` and only writes when the database holds no seed yet;
 * each feature adds its seeder to SEEDERS (accounts, profiles, opportunities…) and its demo sign-ins to the
 * summary printed at the end. `npm run seed -- --force` reseeds a database that already has content.
 */
import mongoose from 'mongoose';
import { parseConfig } from '../server/src/env';
import { loadEnvFile } from './services/state';
import { accountsSeeder } from './seeds/accounts';
import { talentsSeeder } from './seeds/talents';
import { opportunitiesSeeder } from './seeds/opportunities';
import { connectMongo, disconnectMongo } from '../server/src/db';

/** What a seeder reports: lines to print (demo sign-ins, counts). */
export type Seeder = { name: string; run: () => Promise<string[]> };

/** Seeders in the order they run; later issues append theirs. */
export const SEEDERS: Seeder[] = [accountsSeeder, talentsSeeder, opportunitiesSeeder];

const SEED_MARK = { _id: 'seed' as unknown as mongoose.Types.ObjectId };

/** Seeds when the database has never been seeded; returns the lines to show the user. */
export async function seedIfEmpty(force = false): Promise<string[]> {
  const meta = mongoose.connection.collection('meta');
  const existing = await meta.findOne(SEED_MARK);
  if (existing && !force) return (existing.summary as string[] | undefined) ?? [];
  const summary: string[] = [];
  for (const seeder of SEEDERS) {
    summary.push(...(await seeder.run()));
  }
  await meta.updateOne(SEED_MARK, { $set: { at: new Date(), summary } }, { upsert: true });
  return summary;
}

async function main(): Promise<void> {
  loadEnvFile();
  const config = parseConfig();
  await connectMongo(config.MONGODB_URI, config.MONGODB_DB);
  const summary = await seedIfEmpty(process.argv.includes('--force'));
  console.log(summary.length ? summary.join('\n') : 'Demo data is in place (no demo accounts exist yet).');
  await disconnectMongo();
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
