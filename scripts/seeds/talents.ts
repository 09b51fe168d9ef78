/**
 * A few hundred demo talents (diaspora, migrants living in Morocco, returnees) with complete profiles, plus the
 * profiles of the expert@ and migrant@ demo accounts, so search, matching and statistics have something real
 * to work on. Deterministic (talents/talentBuilder.ts), validated with the profile contract before anything is
 * written, and idempotent: accounts and profiles that already exist are left alone.
 */
import { PRIVACY_NOTICE_VERSION, ProfileContentSchema, type ProfileContent } from '@kafaat/shared';
import { Types } from 'mongoose';
import { User } from '../../server/src/models/User';
import { Profile } from '../../server/src/models/Profile';
import { hashPassword } from '../../server/src/auth/passwords';
import { readTaxonomy } from '../../server/src/services/taxonomy/taxonomyReader';
import { DEMO_PASSWORD } from './accounts';
import { buildDemoTalents, talentEmail, type DemoTalent, type ProfileInput } from './talents/talentBuilder';
import { DEMO_PROFILES } from './talents/demoProfiles';
import type { Seeder } from '../seed';

/** How many generated talents the demo holds. */
export const DEMO_TALENT_COUNT = 300;

/** Parses every profile with the contract the API uses, and checks its skills against the taxonomy files. */
export function validDemoProfile(email: string, input: ProfileInput, knownSkills: ReadonlySet<string>): ProfileContent {
  const parsed = ProfileContentSchema.safeParse(input);
  if (!parsed.success) throw new Error(`demo profile of ${email} breaks the profile contract: ${JSON.stringify(parsed.error.issues)}`);
  const unknown = parsed.data.skills.filter((s) => !knownSkills.has(s.skillId)).map((s) => s.skillId);
  if (unknown.length) throw new Error(`demo profile of ${email} lists skills missing from the taxonomy: ${unknown.join(', ')}`);
  return parsed.data;
}

/** The stored form: the talent's id as _id, and every skill self-declared (only pilots verify skills). */
function profileDocument(userId: Types.ObjectId, content: ProfileContent) {
  return {
    ...content,
    _id: userId,
    // Picked up by the search indexer of the running server (or `npm run reindex`).
    searchSync: { dirty: true, seq: 1 },
    skills: content.skills.map((s) => ({ ...s, evidence: s.evidence.map((id) => new Types.ObjectId(id)), verification: { status: 'self-declared', verifiedAt: null } })),
  };
}

function accountDocument(t: DemoTalent, passwordHash: string, now: Date) {
  return {
    email: t.email,
    passwordHash,
    displayName: t.displayName,
    role: 'talent',
    talentKind: t.kind,
    locale: t.locale,
    emailVerifiedAt: now,
    organisationId: null,
    orgAdmin: false,
    consent: { version: PRIVACY_NOTICE_VERSION, at: now },
  };
}

export const talentsSeeder: Seeder = {
  name: 'talents',
  run: async () => {
    const knownSkills = new Set(readTaxonomy().skills.map((s) => s.id));
    const talents = buildDemoTalents(DEMO_TALENT_COUNT);
    const wanted = [...talents.map((t) => ({ email: t.email, content: t.content })), ...DEMO_PROFILES];
    // Validate everything first: a broken template must not leave half a demo behind.
    const contents = new Map(wanted.map((w) => [w.email, validDemoProfile(w.email, w.content, knownSkills)]));

    const existing = new Set(await User.find({ email: { $in: talents.map((t) => t.email) } }).distinct('email'));
    const missing = talents.filter((t) => !existing.has(t.email));
    if (missing.length) {
      // One argon2 hash for all: hashing is deliberately slow, and they share the demo password.
      const passwordHash = await hashPassword(DEMO_PASSWORD);
      const now = new Date();
      await User.insertMany(missing.map((t) => accountDocument(t, passwordHash, now)), { ordered: false });
    }

    const owners = await User.find({ email: { $in: [...contents.keys()] } }, { email: 1 }).lean();
    const withProfile = new Set((await Profile.find({ _id: { $in: owners.map((o) => o._id) } }, { _id: 1 }).lean()).map((p) => String(p._id)));
    const profiles = owners.filter((o) => !withProfile.has(String(o._id))).map((o) => profileDocument(o._id, contents.get(o.email)!));
    if (profiles.length) await Profile.insertMany(profiles, { ordered: false });

    const count = (kind: string) => talents.filter((t) => t.kind === kind).length;
    const countries = new Set(talents.map((t) => t.content.country)).size;
    return [
      `Demo talents: ${talents.length} (${count('diaspora')} diaspora, ${count('migrant')} migrants in Morocco, ${count('returnee')} returnees; ${countries} countries of residence),`,
      `  ${talentEmail(1)} … ${talentEmail(talents.length)}, same password; expert@ and migrant@ have full profiles.`,
    ];
  },
};
