import fs from 'node:fs';
import path from 'node:path';
import { ProfileContentSchema, ROLES } from '@kafaat/shared';
import { seedIfEmpty } from '../../scripts/seed';
import { DEMO_PASSWORD } from '../../scripts/seeds/accounts';
import { DEMO_TALENT_COUNT, talentsSeeder } from '../../scripts/seeds/talents';
import { buildDemoTalents } from '../../scripts/seeds/talents/talentBuilder';
import { startTestApp, type TestContext } from '../../server/src/testing/harness';
import { openBrowser } from '../../server/src/testing/client';
import { User } from '../../server/src/models/User';
import { Profile } from '../../server/src/models/Profile';
import { readTaxonomy, TAXONOMY_DIR } from '../../server/src/services/taxonomy/taxonomyReader';

type StoredProfile = Record<string, unknown> & { _id: unknown; skills: Array<Record<string, unknown> & { skillId: string; acquiredBy: string[]; evidence: unknown[]; verification: { status: string } }> };

/** The editable content of a stored profile, as ProfileContentSchema describes it (not the search-sync mark). */
function contentOf(doc: StoredProfile): unknown {
  const { _id, __v, createdAt, updatedAt, searchSync, skills, ...rest } = doc;
  return { ...rest, skills: skills.map(({ verification, evidence, ...s }) => ({ ...s, evidence: evidence.map(String) })) };
}

const share = <T>(items: T[], test: (item: T) => boolean) => items.filter(test).length / items.length;

describe('demo data', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await startTestApp();
  });
  afterAll(() => ctx.close());

  it('creates a demo account for every role, each able to sign in, and prints their sign-ins', async () => {
    const summary = await seedIfEmpty();
    const roles = new Set(await User.find().distinct('role'));
    for (const role of ROLES) expect(roles).toContain(role);
    expect(summary.join('\n')).toContain(DEMO_PASSWORD);
    for (const email of ['admin@kafaat.demo', 'officer@kafaat.demo', 'employer@kafaat.demo', 'expert@kafaat.demo']) {
      expect(summary.join('\n')).toContain(email);
      const b = await openBrowser(ctx.app, `10.9.0.${email.length}`);
      const res = await b.post('/api/v1/auth/signin', { email, password: DEMO_PASSWORD }).expect(200);
      expect(res.body.user.email).toBe(email);
    }
  });

  describe('demo talents', () => {
    let profiles: StoredProfile[];
    beforeAll(async () => {
      profiles = (await Profile.find().lean()) as unknown as StoredProfile[];
    });
    const ofKind = (kind: string) => profiles.filter((p) => p.kind === kind);

    it('fills the platform with a few hundred talents of every kind, each signing in with the demo password', async () => {
      expect(profiles.length).toBe(DEMO_TALENT_COUNT + 2);
      expect(profiles.length).toBeGreaterThanOrEqual(250);
      for (const kind of ['diaspora', 'migrant', 'returnee']) expect(ofKind(kind).length).toBeGreaterThanOrEqual(profiles.length * 0.1);
      // Diaspora abroad; migrants and returnees in Morocco.
      expect(ofKind('diaspora').every((p) => p.country !== 'MA')).toBe(true);
      expect([...ofKind('migrant'), ...ofKind('returnee')].every((p) => p.country === 'MA')).toBe(true);
      // Every profile belongs to a talent account of the same kind.
      const owners = await User.find({ _id: { $in: profiles.map((p) => p._id) } }).lean();
      expect(owners).toHaveLength(profiles.length);
      const kindOf = new Map(owners.map((u) => [String(u._id), u]));
      for (const p of profiles) expect(kindOf.get(String(p._id))).toMatchObject({ role: 'talent', talentKind: p.kind });

      const email = 'talent-0042@kafaat.demo';
      const b = await openBrowser(ctx.app, '10.9.1.42');
      const res = await b.post('/api/v1/auth/signin', { email, password: DEMO_PASSWORD }).expect(200);
      expect(res.body.user.email).toBe(email);
    });

    it('gives every talent a profile the API contract accepts, with self-declared taxonomy skills and ISCO-08 occupations', () => {
      const skillSector = new Map(readTaxonomy().skills.map((s) => [s.id, s.sector]));
      const isco = JSON.parse(fs.readFileSync(path.join(TAXONOMY_DIR, 'isco08.json'), 'utf8')) as { groups: Array<{ code: string; level: string }> };
      const minorGroups = new Set(isco.groups.filter((g) => g.level === 'minor').map((g) => g.code));
      for (const p of profiles) {
        const parsed = ProfileContentSchema.safeParse(contentOf(p));
        expect({ id: String(p._id), issues: parsed.error?.issues ?? [] }).toEqual({ id: String(p._id), issues: [] });
        const content = parsed.data!;
        expect(content.skills.length).toBeGreaterThanOrEqual(4);
        expect(content.skills.length).toBeLessThanOrEqual(12);
        for (const s of content.skills) expect(skillSector.has(s.skillId) ? s.skillId : `unknown skill ${s.skillId}`).toBe(s.skillId);
        expect(p.skills.every((s) => s.verification.status === 'self-declared')).toBe(true);
        // Sectors are those of the skills: one or two coherent sectors per person.
        expect([...content.sectors].sort()).toEqual([...new Set(content.skills.map((s) => skillSector.get(s.skillId)))].sort());
        expect(content.sectors.length).toBeLessThanOrEqual(2);
        for (const o of content.occupations) expect(minorGroups.has(o) ? o : `unknown ISCO-08 group ${o}`).toBe(o);
        expect(content.headline).not.toBe('');
        expect(content.summary.length).toBeGreaterThan(80);
      }
    });

    it('varies countries, languages, sectors and settings the way real users do', () => {
      const distinct = (f: (p: StoredProfile) => unknown[]) => new Set(profiles.flatMap(f)).size;
      const languages = (p: StoredProfile) => (p.languages as Array<{ code: string }>).map((l) => l.code);
      expect(distinct((p) => [p.country])).toBeGreaterThanOrEqual(12);
      expect(distinct(languages)).toBeGreaterThanOrEqual(20);
      expect(distinct((p) => p.sectors as string[])).toBeGreaterThanOrEqual(12);
      expect(distinct((p) => [(p.sensitive as { nationality: string | null }).nationality].filter(Boolean))).toBeGreaterThanOrEqual(10);
      // Moroccans speak Darija; migrants mostly learnt work informally or on the job, with foreign papers not recognised.
      expect(share([...ofKind('diaspora'), ...ofKind('returnee')], (p) => languages(p).includes('ary'))).toBeGreaterThan(0.9);
      const migrantSkills = ofKind('migrant').flatMap((p) => p.skills);
      expect(share(migrantSkills, (s) => !s.acquiredBy.includes('diploma'))).toBeGreaterThan(0.5);
      const migrantEducation = ofKind('migrant').flatMap((p) => p.education as Array<{ recognition: string }>);
      expect(share(migrantEducation, (e) => e.recognition === 'not-recognised' || e.recognition === 'no-equivalence')).toBeGreaterThan(0.5);
      // Diaspora experts mark windows in 2027 for missions.
      expect(share(ofKind('diaspora'), (p) => (p.availability as Array<{ from: string }>).some((w) => w.from.startsWith('2027')))).toBeGreaterThan(0.5);
      const visibility = (v: string) => share(profiles, (p) => p.visibility === v);
      expect(visibility('verified-organisations')).toBeGreaterThan(0.6);
      expect(visibility('officers')).toBeGreaterThan(0);
      expect(visibility('hidden')).toBeGreaterThan(0);
      const answered = share(profiles, (p) => (p.sensitive as { birthYear: number | null }).birthYear !== null);
      expect(answered).toBeGreaterThan(0.35);
      expect(answered).toBeLessThan(0.7);
    });

    it('gives the expert and migrant demo accounts complete, coherent profiles', async () => {
      const profileOf = async (email: string) => {
        const user = await User.findOne({ email }).lean();
        return profiles.find((p) => String(p._id) === String(user?._id));
      };
      const expert = await profileOf('expert@kafaat.demo');
      expect(expert).toMatchObject({ kind: 'diaspora', country: 'FR', city: 'Toulouse', interests: ['missions', 'mentoring', 'investment'] });
      expect(expert!.skills.map((s) => s.skillId)).toEqual(expect.arrayContaining(['engineering.civil-engineering', 'engineering.solar-pv-design']));
      expect((expert!.availability as Array<{ from: string }>).every((w) => w.from.startsWith('2027'))).toBe(true);

      const migrant = await profileOf('migrant@kafaat.demo');
      expect(migrant).toMatchObject({ kind: 'migrant', country: 'MA', city: 'Casablanca', interests: ['employment', 'skills-validation'] });
      expect((migrant!.languages as Array<{ code: string }>).map((l) => l.code)).toEqual(['bm', 'fr', 'ary']);
      expect(migrant!.skills.map((s) => s.skillId)).toContain('construction.tiling');
      expect((migrant!.education as Array<{ recognition: string }>).some((e) => e.recognition === 'recognised')).toBe(false);
      expect(migrant!.sensitive).toMatchObject({ nationality: 'ML' });
    });

    it('builds the same talents on every run, so a demo can be reproduced', () => {
      expect(buildDemoTalents(20)).toEqual(buildDemoTalents(20));
    });
  });

  it('does not seed twice: a second start keeps the data and prints the same sign-ins', async () => {
    const before = { users: await User.countDocuments(), profiles: await Profile.countDocuments() };
    const summary = await seedIfEmpty();
    expect({ users: await User.countDocuments(), profiles: await Profile.countDocuments() }).toEqual(before);
    expect(summary.join('\n')).toContain('admin@kafaat.demo');
    expect(summary.join('\n')).toContain('talent-0001@kafaat.demo');
    // A forced reseed (npm run seed -- --force) reruns the talents seeder: it adds nothing either.
    await talentsSeeder.run();
    expect({ users: await User.countDocuments(), profiles: await Profile.countDocuments() }).toEqual(before);
  });
});
