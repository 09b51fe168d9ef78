import fs from 'node:fs';
import path from 'node:path';
import {
  allowedMoves,
  CreateOpportunitySchema,
  MissionEvaluationSchema,
  MissionReportSchema,
  OPPORTUNITY_TYPES,
  ProfileContentSchema,
  ROLES,
  type ApplicationStage,
  type OpportunityType,
} from '@kafaat/shared';
import { seedIfEmpty } from '../../scripts/seed';
import { DEMO_PASSWORD } from '../../scripts/seeds/accounts';
import { DEMO_TALENT_COUNT, talentsSeeder } from '../../scripts/seeds/talents';
import { buildDemoTalents } from '../../scripts/seeds/talents/talentBuilder';
import { opportunitiesSeeder } from '../../scripts/seeds/opportunities';
import { DEMO_DATE, EXTRA_EMPLOYERS } from '../../scripts/seeds/opportunities/catalogue';
import { startTestApp, type TestContext } from '../../server/src/testing/harness';
import { openBrowser } from '../../server/src/testing/client';
import { User } from '../../server/src/models/User';
import { Profile } from '../../server/src/models/Profile';
import { Organisation } from '../../server/src/models/Organisation';
import { Opportunity } from '../../server/src/models/Opportunity';
import { Application } from '../../server/src/models/Application';
import { Conversation } from '../../server/src/models/Conversation';
import { Message } from '../../server/src/models/Message';
import { Notification } from '../../server/src/models/Notification';
import { readTaxonomy, TAXONOMY_DIR } from '../../server/src/services/taxonomy/taxonomyReader';

type StoredProfile = Record<string, unknown> & { _id: unknown; skills: Array<Record<string, unknown> & { skillId: string; acquiredBy: string[]; evidence: unknown[]; verification: { status: string } }> };

/** The editable content of a stored profile, as ProfileContentSchema describes it (not the search-sync mark). */
function contentOf(doc: StoredProfile): unknown {
  const { _id, __v, createdAt, updatedAt, searchSync, skills, ...rest } = doc;
  return { ...rest, skills: skills.map(({ verification, evidence, ...s }) => ({ ...s, evidence: evidence.map(String) })) };
}

type StoredOpp = Record<string, unknown> & { _id: unknown; type: OpportunityType; status: string; organisationId: unknown; sector: string; title: Record<string, string>; mission: unknown; project: unknown };

/** What the owner wrote, as CreateOpportunitySchema describes it (not status, owner, timestamps or search mark). */
function opportunityInput(doc: StoredOpp): unknown {
  const { _id, __v, status, organisationId, createdBy, publishedAt, searchSync, createdAt, updatedAt, mission, project, title, description, ...rest } = doc;
  // The model stores texts as sub-documents with an _id of their own (the API's presenter drops it too).
  const text = ({ _id: textId, ...t }: Record<string, unknown>) => t;
  return { ...rest, title: text(title), description: text(description as Record<string, unknown>), ...(mission ? { mission } : {}), ...(project ? { project } : {}) };
}

const signedIn = async (ctx: TestContext, email: string, ip: string) => {
  const b = await openBrowser(ctx.app, ip);
  await b.post('/api/v1/auth/signin', { email, password: DEMO_PASSWORD }).expect(200);
  await b.refresh();
  return b;
};

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

  describe('demo opportunities', () => {
    let opps: StoredOpp[];
    const userId = async (email: string) => String((await User.findOne({ email }).lean())!._id);
    beforeAll(async () => {
      opps = (await Opportunity.find().lean()) as unknown as StoredOpp[];
    });
    const titled = (words: string) => opps.find((o) => Object.values(o.title).some((t) => t.includes(words)))!;

    it('publishes opportunities of every type and status, from verified employers and the officer’s institution', async () => {
      expect(opps.length).toBeGreaterThanOrEqual(20);
      for (const type of OPPORTUNITY_TYPES) expect(opps.filter((o) => o.type === type).length).toBeGreaterThanOrEqual(3);
      for (const status of ['draft', 'published', 'closed', 'filled']) expect(opps.map((o) => o.status)).toContain(status);
      expect(opps.filter((o) => o.status === 'published').length).toBeGreaterThan(opps.length / 2);
      // Missions at different stages: open, filled (confirmed), in progress, completed.
      const missionStatuses = new Set(opps.filter((o) => o.type === 'mission').map((o) => o.status));
      expect(missionStatuses.size).toBeGreaterThanOrEqual(3);
      for (const status of ['published', 'in-progress', 'completed']) expect(missionStatuses).toContain(status);

      const orgs = new Map((await Organisation.find({ _id: { $in: opps.map((o) => o.organisationId) } }).lean()).map((org) => [String(org._id), org]));
      for (const o of opps) {
        const org = orgs.get(String(o.organisationId))!;
        expect(org.status).toBe('verified');
        expect(['mission', 'pilot'].includes(o.type) ? 'institution' : o.type === 'job' ? 'employer' : org.kind).toBe(org.kind);
      }
      const employer = await User.findOne({ email: 'employer@kafaat.demo' }).lean();
      const officer = await User.findOne({ email: 'officer@kafaat.demo' }).lean();
      const of = (orgId: unknown) => opps.filter((o) => String(o.organisationId) === String(orgId)).map((o) => o.type);
      expect(new Set(of(employer!.organisationId))).toEqual(new Set(['job', 'project']));
      expect(of(officer!.organisationId)).toEqual(expect.arrayContaining(['mission', 'pilot']));
      for (const e of EXTRA_EMPLOYERS) {
        const member = await User.findOne({ email: e.member.email }).lean();
        expect(member).toMatchObject({ role: 'employer', orgAdmin: true });
        expect(of(member!.organisationId).length).toBeGreaterThan(0);
      }
      const b = await openBrowser(ctx.app, '10.9.2.1');
      await b.post('/api/v1/auth/signin', { email: EXTRA_EMPLOYERS[0].member.email, password: DEMO_PASSWORD }).expect(200);
    });

    it('writes every opportunity as the API would accept it, with taxonomy skills, in French, English and Arabic', () => {
      const skillSector = new Map(readTaxonomy().skills.map((s) => [s.id, s.sector]));
      for (const o of opps) {
        const parsed = CreateOpportunitySchema.safeParse(opportunityInput(o));
        expect({ id: String(o._id), issues: parsed.error?.issues ?? [] }).toEqual({ id: String(o._id), issues: [] });
        const input = parsed.data!;
        for (const s of [...input.mustHaveSkills, ...input.niceToHaveSkills]) expect(skillSector.has(s.skillId) ? s.skillId : `unknown skill ${s.skillId}`).toBe(s.skillId);
        expect(input.mustHaveSkills.map((s) => skillSector.get(s.skillId))).toContain(input.sector);
        expect(o.searchSync).toMatchObject({ dirty: true });
        if (o.status === 'completed' || o.status === 'in-progress') {
          // Missions already under way or done took place before the demo date.
          expect(input.startDate! < DEMO_DATE).toBe(true);
        } else {
          expect(input.deadline! > DEMO_DATE).toBe(true);
          for (const d of [input.startDate, input.endDate].filter(Boolean)) expect(d!.startsWith('2027') || d!.startsWith('2028')).toBe(true);
        }
        expect(Boolean(o.publishedAt)).toBe(o.status !== 'draft');
      }
      const languages = (lang: string) => opps.filter((o) => o.title[lang]).length;
      expect(languages('fr')).toBeGreaterThan(opps.length / 2);
      expect(languages('en')).toBeGreaterThanOrEqual(3);
      expect(languages('ar')).toBeGreaterThanOrEqual(3);
      expect(opps.filter((o) => Object.keys(o.title).length >= 2).length).toBeGreaterThanOrEqual(5);
      expect(new Set(opps.map((o) => (o.location as { mode: string }).mode))).toEqual(new Set(['onsite', 'remote', 'hybrid']));
    });

    it('fills pipelines with consistent histories: each move allowed, made by the right side, in order', async () => {
      const apps = await Application.find().lean();
      expect(apps.length).toBeGreaterThanOrEqual(25);
      const byId = new Map(opps.map((o) => [String(o._id), o]));
      const members = new Map((await User.find({ organisationId: { $ne: null } }, { organisationId: 1 }).lean()).map((u) => [String(u._id), String(u.organisationId)]));
      for (const a of apps) {
        const opp = byId.get(String(a.opportunityId))!;
        expect({ type: a.opportunityType, org: String(a.organisationId) }).toEqual({ type: opp.type, org: String(opp.organisationId) });
        expect(opp.status).not.toBe('draft');
        const h = a.history;
        expect(h[h.length - 1]!.stage).toBe(a.stage);
        expect(['invited', 'applied']).toContain(h[0]!.stage);
        h.forEach((e, i) => {
          if (i > 0) expect(allowedMoves(a.opportunityType as OpportunityType, h[i - 1]!.stage as ApplicationStage, e.by as 'talent' | 'owner')).toContain(e.stage);
          if (i > 0) expect(e.at.getTime()).toBeGreaterThan(h[i - 1]!.at.getTime());
          if (e.by === 'talent') expect(String(e.byUserId)).toBe(String(a.talentId));
          else expect(members.get(String(e.byUserId))).toBe(String(a.organisationId));
          expect(e.at.getTime()).toBeLessThanOrEqual(Date.now());
        });
        expect(a.mission === null).toBe(a.opportunityType !== 'mission');
      }
      const stages = new Set(apps.filter((a) => a.opportunityType === 'job').map((a) => a.stage));
      for (const stage of ['invited', 'applied', 'shortlisted']) expect(stages).toContain(stage);

      const migrant = await userId('migrant@kafaat.demo');
      const tiling = apps.find((a) => String(a.talentId) === migrant && a.opportunityType === 'job')!;
      expect(tiling.stage).toBe('applied');
      expect((byId.get(String(tiling.opportunityId))!.mustHaveSkills as Array<{ skillId: string }>).map((s) => s.skillId)).toContain('construction.tiling');
    });

    it('takes expert@ through a confirmed mission and a completed one with its report and evaluation', async () => {
      const expert = await userId('expert@kafaat.demo');
      const apps = await Application.find({ talentId: expert }).lean();
      const confirmed = apps.find((a) => a.stage === 'confirmed')!;
      expect(confirmed.mission!.confirmation).toMatchObject({ startDate: expect.stringMatching(/^2027-/), endDate: expect.stringMatching(/^2027-/), checklist: { travel: true } });
      expect(confirmed.mission!.report).toBeNull();
      const completed = apps.find((a) => a.stage === 'completed')!;
      const { report, evaluation } = completed.mission!;
      const { submittedAt: reportAt, ...reportBody } = report as Record<string, unknown>;
      const { submittedAt: evalAt, submittedBy, ...evaluationBody } = evaluation as Record<string, unknown>;
      expect(MissionReportSchema.safeParse(reportBody).success).toBe(true);
      expect(MissionEvaluationSchema.safeParse(evaluationBody).success).toBe(true);
      expect((reportAt as Date).getTime()).toBeGreaterThan(completed.history.at(-1)!.at.getTime());
      expect(String(submittedBy)).toBe(await userId('officer@kafaat.demo'));
      expect(evalAt).toBeInstanceOf(Date);
      const statuses = await Opportunity.find({ _id: { $in: [confirmed.opportunityId, completed.opportunityId] } }, { status: 1 }).lean();
      expect(new Set(statuses.map((s) => s.status))).toEqual(new Set(['filled', 'completed']));
    });

    it('opens the two conversations with plausible unread counts on each side', async () => {
      expect(await Conversation.countDocuments()).toBe(2);
      const list = async (email: string, ip: string) => (await (await signedIn(ctx, email, ip)).get('/api/v1/conversations').expect(200)).body.items as Array<{ opportunity: { type: string }; unreadCount: number; lastMessage: { preview: string } }>;
      const expert = await list('expert@kafaat.demo', '10.9.3.1');
      expect(expert).toHaveLength(1);
      expect(expert[0]).toMatchObject({ opportunity: { type: 'mission' }, unreadCount: 1 });
      const officer = await list('officer@kafaat.demo', '10.9.3.2');
      expect(officer.map((c) => c.unreadCount)).toEqual([0]);
      const migrant = await list('migrant@kafaat.demo', '10.9.3.3');
      expect(migrant).toHaveLength(1);
      expect(migrant[0]).toMatchObject({ opportunity: { type: 'job' }, unreadCount: 0 });
      const employer = await list('employer@kafaat.demo', '10.9.3.4');
      expect(employer.map((c) => c.unreadCount)).toEqual([1]);
      expect(await Message.countDocuments()).toBeGreaterThanOrEqual(6);
      // The unread messages also show in the notification badge.
      expect(await Notification.countDocuments({ kind: 'message', readAt: null })).toBe(2);
    });
  });

  it('does not seed twice: a second start keeps the data and prints the same sign-ins', async () => {
    const counts = async () => ({
      users: await User.countDocuments(),
      profiles: await Profile.countDocuments(),
      organisations: await Organisation.countDocuments(),
      opportunities: await Opportunity.countDocuments(),
      applications: await Application.countDocuments(),
      conversations: await Conversation.countDocuments(),
      messages: await Message.countDocuments(),
      notifications: await Notification.countDocuments(),
    });
    const before = await counts();
    const summary = await seedIfEmpty();
    expect(await counts()).toEqual(before);
    expect(summary.join('\n')).toContain('admin@kafaat.demo');
    expect(summary.join('\n')).toContain('talent-0001@kafaat.demo');
    // A forced reseed (npm run seed -- --force) reruns the talents seeder: it adds nothing either.
    await talentsSeeder.run();
    await opportunitiesSeeder.run();
    expect(await counts()).toEqual(before);
  });
});
