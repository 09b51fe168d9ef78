import { randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import { OwnProfileSchema, ViewerProfileSchema, type ProfilePatch } from '@kafaat/shared';
import { startTestApp, type TestContext } from '../../testing/harness';
import { openBrowser, type Browser } from '../../testing/client';
import { buildOrganisation, buildTalentProfile, buildUser, TEST_PASSWORD } from '../../testing/factories';
import { signIn } from '../../testing/session';
import { LIMITS } from '../../auth/rateLimiter';
import { AuditLog } from '../../models/AuditLog';
import { Document } from '../../models/Document';
import { Profile } from '../../models/Profile';
import { RateLimit } from '../../models/RateLimit';
import { Skill } from '../../models/Skill';
import { addProfileSkill } from '../../services/profiles/profileSkillAdder';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
  // The skills the tests use, as the taxonomy loader stores them.
  await Skill.insertMany(
    SKILLS.map((id) => ({ _id: id, sector: id.split('.')[0], labels: { fr: id, en: id, ar: id }, taxonomyVersion: 'test' })),
  );
});
afterAll(() => ctx.close());

const SKILLS = ['health.wound-care', 'health.intensive-care-nursing', 'it-data.software-development', 'it-data.backend-development'];
const skill = (skillId: string, extra: object = {}) => ({ skillId, level: 3, years: 5, acquiredBy: ['work'], ...extra });

/** Answers nobody but the talent may ever read, with values easy to spot in a response. */
const SENSITIVE = { nationality: 'SN', residenceStatus: 'asylum-seeker', gender: 'woman', birthYear: 1987 } as const;
const SENSITIVE_KEYS = ['sensitive', 'nationality', 'residenceStatus', 'gender', 'birthYear', 'visibility'];

/** A profile with every section filled in, the sensitive ones included. */
const FULL_PROFILE: ProfilePatch = {
  headline: 'Infirmière en réanimation',
  summary: 'Dix ans en soins intensifs à Kinshasa puis à Rabat.',
  country: 'MA',
  city: 'Rabat',
  languages: [{ code: 'fr', level: 'C2', native: true }, { code: 'ln', level: 'C2', native: true }, { code: 'ary', level: 'B1', native: false }],
  skills: [
    { skillId: 'health.intensive-care-nursing', level: 3, years: 5, acquiredBy: ['diploma', 'work'], evidence: [] },
    { skillId: 'health.wound-care', level: 4, years: 5, acquiredBy: ['diploma', 'work'], evidence: [] },
  ],
  occupations: ['222'],
  experience: [{ title: 'Infirmière', organisation: 'Hôpital Ibn Sina', country: 'MA', city: 'Rabat', start: '2019-03', end: null, description: 'Réanimation adulte.' }],
  education: [{ title: "Diplôme d'État infirmier", institution: 'ISTM Kinshasa', country: 'CD', year: 2012, recognition: 'in-progress' }],
  sectors: ['health'],
  interests: ['employment', 'missions'],
  mobility: { remote: false, shortMissions: true, maxMissionWeeks: 6, relocation: false },
  availability: [{ from: '2026-09-01', to: '2026-12-20', note: 'Après mon contrat actuel' }],
  sensitive: SENSITIVE,
};

/** Every key anywhere in a JSON value. */
const keysOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.flatMap(keysOf) : value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]) : [];

/** Fails when a response shows anything of the talent's sensitive answers. */
function expectNoSensitive(res: { text: string; body: unknown }) {
  for (const key of SENSITIVE_KEYS) expect(keysOf(res.body)).not.toContain(key);
  for (const key of SENSITIVE_KEYS) expect(res.text).not.toContain(`"${key}"`);
  for (const value of ['"SN"', 'asylum-seeker', '"woman"', ':1987']) expect(res.text).not.toContain(value);
}

/** A document of `ownerId` as the documents feature stores it after an upload (the bytes do not matter here). */
async function storeDocument(ownerId: Types.ObjectId, fields: { kind?: 'cv' | 'certificate'; name?: string; shared?: boolean } = {}) {
  const doc = await Document.create({
    ownerId,
    kind: fields.kind ?? 'certificate',
    name: fields.name ?? 'diplome.pdf',
    mime: 'application/pdf',
    size: 123_456,
    sha256: randomBytes(32).toString('hex'),
    storageKey: randomBytes(16).toString('hex'),
    shared: fields.shared ?? false,
    textExtraction: 'not-applicable',
  });
  return String(doc._id);
}

async function talent(kind: 'diaspora' | 'migrant' | 'returnee' = 'diaspora') {
  const user = await buildUser({ role: 'talent', talentKind: kind });
  return { user, browser: await signIn(ctx.app, user) };
}
async function verifiedEmployer() {
  const org = await buildOrganisation({ kind: 'employer', status: 'verified' });
  return signIn(ctx.app, await buildUser({ role: 'employer', organisationId: org._id, orgAdmin: true }));
}
async function pendingEmployer() {
  const org = await buildOrganisation({ kind: 'employer', status: 'pending' });
  return signIn(ctx.app, await buildUser({ role: 'employer', organisationId: org._id, orgAdmin: true }));
}
async function officer() {
  const org = await buildOrganisation({ kind: 'institution', status: 'verified' });
  return signIn(ctx.app, await buildUser({ role: 'officer', organisationId: org._id, orgAdmin: true }));
}
const stored = (id: Types.ObjectId) => Profile.findById(id).lean();

describe('without signing in', () => {
  it.each([
    ['get', '/api/v1/me/profile'],
    ['patch', '/api/v1/me/profile'],
    ['get', '/api/v1/me/profile/preview'],
    ['get', `/api/v1/talents/${new Types.ObjectId()}`],
  ] as const)('%s %s answers 401 and asks the visitor to sign in', async (method, url) => {
    const b = await openBrowser(ctx.app);
    const res = await b[method](url).expect(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });
});

describe('GET /api/v1/me/profile', () => {
  it('gives a new talent an empty profile of their kind, not yet saved, and suggests where to start', async () => {
    const { user, browser } = await talent('migrant');
    const res = await browser.get('/api/v1/me/profile').expect(200);
    expect(OwnProfileSchema.parse(res.body)).toMatchObject({
      id: String(user._id),
      displayName: user.displayName,
      kind: 'migrant',
      headline: '',
      skills: [],
      visibility: 'verified-organisations',
      sensitive: { nationality: null, residenceStatus: null, gender: null, birthYear: null },
      saved: false,
      updatedAt: null,
      completeness: { score: 0, next: ['headline', 'skills', 'languages'] },
    });
    expect(await stored(user._id)).toBeNull();
  });

  it('reads whole a profile started by accepting one suggested skill', async () => {
    const { user, browser } = await talent();
    await addProfileSkill({ userId: String(user._id), kind: 'diaspora', skill: { skillId: 'health.wound-care', level: 2, years: 0, acquiredBy: ['work'], evidence: [] } });
    const res = await browser.get('/api/v1/me/profile').expect(200);
    expect(OwnProfileSchema.parse(res.body)).toMatchObject({ saved: true, skills: [expect.objectContaining({ skillId: 'health.wound-care' })], languages: [], sensitive: { nationality: null } });
  });

  it('is for talents only: an employer has no profile to edit', async () => {
    const res = await (await verifiedEmployer()).get('/api/v1/me/profile').expect(403);
    expect(res.body.error.code).toBe('forbidden');
  });
});

describe('PATCH /api/v1/me/profile', () => {
  it('saves the editor’s steps one at a time, each keeping what earlier steps saved', async () => {
    const { user, browser } = await talent('returnee');
    const first = await browser.patch('/api/v1/me/profile', { headline: 'Développeur backend' }).expect(200);
    expect(first.body).toMatchObject({ kind: 'returnee', headline: 'Développeur backend', saved: true });
    expect(first.body.updatedAt).toEqual(expect.any(String));

    await browser.patch('/api/v1/me/profile', { skills: [skill('it-data.backend-development')] }).expect(200);
    await browser.patch('/api/v1/me/profile', { languages: [{ code: 'fr', level: 'C1' }, { code: 'ary', level: 'C2', native: true }] }).expect(200);
    await browser.patch('/api/v1/me/profile', { mobility: { remote: true }, sensitive: { birthYear: 1990 } }).expect(200);

    const res = await browser.get('/api/v1/me/profile').expect(200);
    expect(OwnProfileSchema.parse(res.body)).toMatchObject({
      headline: 'Développeur backend',
      skills: [{ skillId: 'it-data.backend-development', level: 3, years: 5, acquiredBy: ['work'], evidence: [], verification: { status: 'self-declared', verifiedAt: null } }],
      languages: [{ code: 'fr', level: 'C1', native: false }, { code: 'ary', level: 'C2', native: true }],
      mobility: { remote: true, shortMissions: false, maxMissionWeeks: null, relocation: false },
      sensitive: { nationality: null, residenceStatus: null, gender: null, birthYear: 1990 },
      saved: true,
    });
    expect(await stored(user._id)).toMatchObject({ headline: 'Développeur backend', kind: 'returnee' });
  });

  it('keeps occupations from the ISCO-08 list and names an unknown one at its field', async () => {
    const { browser } = await talent();
    const res = await browser.patch('/api/v1/me/profile', { occupations: ['214', '999'] }).expect(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'occupations.1', code: 'unknown_occupation' })]);
    expect((await browser.patch('/api/v1/me/profile', { occupations: ['214'] }).expect(200)).body.occupations).toEqual(['214']);
  });

  it('replaces a list section as a whole: removing a language removes it', async () => {
    const { browser } = await talent();
    await browser.patch('/api/v1/me/profile', { languages: [{ code: 'fr', level: 'C1' }, { code: 'en', level: 'B2' }] }).expect(200);
    const res = await browser.patch('/api/v1/me/profile', { languages: [{ code: 'en', level: 'C1' }] }).expect(200);
    expect(res.body.languages).toEqual([{ code: 'en', level: 'C1', native: false }]);
  });

  it('raises the completeness as skills are added and moves on to the next suggestions', async () => {
    const { browser } = await talent();
    const start = (await browser.patch('/api/v1/me/profile', { headline: 'Infirmière' }).expect(200)).body.completeness;
    expect(start.next).toEqual(['skills', 'languages', 'summary']);
    const one = (await browser.patch('/api/v1/me/profile', { skills: [skill('health.wound-care')] }).expect(200)).body.completeness;
    const three = (
      await browser.patch('/api/v1/me/profile', { skills: [skill('health.wound-care'), skill('health.intensive-care-nursing'), skill('it-data.software-development')] }).expect(200)
    ).body.completeness;
    expect(one.score).toBeGreaterThan(start.score);
    expect(three.score).toBeGreaterThan(one.score);
    expect(three.next).toEqual(['languages', 'summary', 'location']);
    expect((await browser.get('/api/v1/me/profile').expect(200)).body.completeness).toEqual(three);
  });

  it('counts an uploaded CV in the completeness', async () => {
    const { user, browser } = await talent();
    const before = (await browser.get('/api/v1/me/profile').expect(200)).body.completeness.score;
    await storeDocument(user._id, { kind: 'cv', name: 'cv.pdf' });
    expect((await browser.get('/api/v1/me/profile').expect(200)).body.completeness.score).toBeGreaterThan(before);
  });

  it('refuses an invalid section with field-level details and keeps what was stored', async () => {
    const { user, browser } = await talent();
    await browser.patch('/api/v1/me/profile', { headline: 'Comptable', languages: [{ code: 'fr', level: 'C2' }] }).expect(200);
    const before = await stored(user._id);

    const res = await browser
      .patch('/api/v1/me/profile', {
        headline: 'Expert-comptable',
        languages: [{ code: 'xx', level: 'C2' }],
        experience: [{ title: 'Auditeur', start: '2020-05', end: '2019-01' }],
      })
      .expect(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'languages.0.code', location: 'body' }),
        expect.objectContaining({ path: 'experience.0.end', location: 'body', message: 'must not be before the start' }),
      ]),
    );
    expect(await stored(user._id)).toEqual(before);
    expect((await browser.get('/api/v1/me/profile').expect(200)).body.headline).toBe('Comptable');
  });

  it('refuses a skill that is not in the taxonomy, naming it, and saves nothing of the request', async () => {
    const { user, browser } = await talent();
    await browser.patch('/api/v1/me/profile', { skills: [skill('health.wound-care')] }).expect(200);
    const res = await browser
      .patch('/api/v1/me/profile', { headline: 'Soignante', skills: [skill('health.wound-care'), skill('health.made-up-skill')] })
      .expect(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'skills.1.skillId', code: 'unknown_skill' })]);
    expect(await stored(user._id)).toMatchObject({ headline: '', skills: [expect.objectContaining({ skillId: 'health.wound-care' })] });
  });

  it('refuses to let the talent mark a skill as verified (only the pilots do)', async () => {
    const { user, browser } = await talent();
    const res = await browser
      .patch('/api/v1/me/profile', { skills: [{ ...skill('health.wound-care'), verification: { status: 'verified', verifiedAt: '2026-01-01' } }] })
      .expect(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'skills.0', code: 'unrecognized_keys' })]);
    expect(await stored(user._id)).toBeNull();
  });

  it('keeps a skill verified by a pilot when the talent edits it, and declares new skills self-declared', async () => {
    const { user, browser } = await talent();
    await browser.patch('/api/v1/me/profile', { skills: [skill('health.wound-care')] }).expect(200);
    const verifiedAt = new Date('2026-03-01T10:00:00Z');
    await Profile.updateOne({ _id: user._id }, { $set: { 'skills.0.verification': { status: 'verified', verifiedAt } } });

    const res = await browser
      .patch('/api/v1/me/profile', { skills: [skill('health.intensive-care-nursing'), skill('health.wound-care', { level: 4 })] })
      .expect(200);
    expect(res.body.skills).toEqual([
      expect.objectContaining({ skillId: 'health.intensive-care-nursing', verification: { status: 'self-declared', verifiedAt: null } }),
      expect.objectContaining({ skillId: 'health.wound-care', level: 4, verification: { status: 'verified', verifiedAt: verifiedAt.toISOString() } }),
    ]);
  });

  it('accepts the talent’s own documents as evidence and refuses someone else’s', async () => {
    const { user, browser } = await talent();
    const other = await buildUser({ role: 'talent' });
    const mine = await storeDocument(user._id);
    const theirs = await storeDocument(other._id);
    const ok = await browser.patch('/api/v1/me/profile', { skills: [skill('health.wound-care', { evidence: [mine] })] }).expect(200);
    expect(ok.body.skills[0].evidence).toEqual([mine]);

    const res = await browser.patch('/api/v1/me/profile', { skills: [skill('health.wound-care', { evidence: [mine, theirs] })] }).expect(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'skills.0.evidence.1', code: 'unknown_document' })]);
    expect((await stored(user._id))!.skills[0]!.evidence.map(String)).toEqual([mine]);
  });

  it('refuses an empty save and unknown sections', async () => {
    const { browser } = await talent();
    expect((await browser.patch('/api/v1/me/profile', {}).expect(400)).body.error.details).toEqual([expect.objectContaining({ message: 'nothing to save' })]);
    const res = await browser.patch('/api/v1/me/profile', { headline: 'x', email: 'me@example.org' }).expect(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ code: 'unrecognized_keys' })]);
  });

  it('records which sections were saved in the audit log, never what they say', async () => {
    const { user, browser } = await talent();
    await browser.patch('/api/v1/me/profile', { headline: 'Traductrice wolof', sensitive: SENSITIVE }).expect(200);
    const entry = await AuditLog.findOne({ action: 'profile.updated', actorId: user._id }).lean();
    expect(entry).toMatchObject({ targetType: 'profile', targetId: user._id, meta: { sections: 'headline,sensitive' } });
    expect(JSON.stringify(entry)).not.toMatch(/Traductrice|asylum-seeker|1987/);
  });

  it('is for talents only: an employer cannot create a profile', async () => {
    const browser = await verifiedEmployer();
    const res = await browser.patch('/api/v1/me/profile', { headline: 'Recruteur' }).expect(403);
    expect(res.body.error.code).toBe('forbidden');
    expect(await Profile.countDocuments({ headline: 'Recruteur' })).toBe(0);
  });

  it('slows down a script saving in a loop (429 with Retry-After) and saves nothing more', async () => {
    const { user, browser } = await talent();
    await browser.patch('/api/v1/me/profile', { headline: 'Avant' }).expect(200);
    // The talent has used up the hour's saves.
    await RateLimit.updateOne({ _id: `profile-save:${user._id}` }, { $set: { count: LIMITS.profileSavesPerTalent.max } });
    const res = await browser.patch('/api/v1/me/profile', { headline: 'Après' }).expect(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect((await stored(user._id))!.headline).toBe('Avant');
  });
});

describe('GET /api/v1/me/profile/preview', () => {
  it('shows the talent what others see: no sensitive answers, no visibility, only shared documents', async () => {
    const { user, browser } = await talent();
    const shared = await storeDocument(user._id, { name: 'attestation.pdf', shared: true });
    const privateDoc = await storeDocument(user._id, { name: 'titre-de-sejour.pdf', shared: false });
    await browser.patch('/api/v1/me/profile', { ...FULL_PROFILE, skills: [skill('health.wound-care', { evidence: [shared, privateDoc] })] }).expect(200);

    const res = await browser.get('/api/v1/me/profile/preview').expect(200);
    expect(ViewerProfileSchema.parse(res.body)).toMatchObject({ id: String(user._id), headline: FULL_PROFILE.headline });
    expectNoSensitive(res);
    expect(res.body.sharedDocuments).toEqual([{ id: shared, kind: 'certificate', name: 'attestation.pdf', size: 123_456 }]);
    expect(res.body.skills[0].evidence).toEqual([shared]);
    expect(res.text).not.toContain('titre-de-sejour');
    expect(res.text).not.toContain(privateDoc);
  });

  it('works before the first save and on a hidden profile', async () => {
    const { browser } = await talent();
    expect((await browser.get('/api/v1/me/profile/preview').expect(200)).body).toMatchObject({ headline: '', skills: [], sharedDocuments: [] });
    await browser.patch('/api/v1/me/profile', { headline: 'Discrète', visibility: 'hidden' }).expect(200);
    expect((await browser.get('/api/v1/me/profile/preview').expect(200)).body.headline).toBe('Discrète');
  });
});

describe('GET /api/v1/talents/:id', () => {
  /** A talent who filled in every section, sensitive answers included, through the editor. */
  async function fullTalent(visibility: 'verified-organisations' | 'officers' | 'hidden' = 'verified-organisations') {
    const { user, browser } = await talent('migrant');
    await browser.patch('/api/v1/me/profile', { ...FULL_PROFILE, visibility }).expect(200);
    return { user, browser, url: `/api/v1/talents/${user._id}` };
  }

  it('shows a verified employer the profile without any sensitive answer', async () => {
    const { user, url } = await fullTalent();
    const res = await (await verifiedEmployer()).get(url).expect(200);
    expect(ViewerProfileSchema.parse(res.body)).toMatchObject({
      id: String(user._id),
      displayName: user.displayName,
      kind: 'migrant',
      headline: FULL_PROFILE.headline,
      country: 'MA',
      skills: [expect.objectContaining({ skillId: 'health.intensive-care-nursing' }), expect.objectContaining({ skillId: 'health.wound-care', level: 4 })],
      languages: FULL_PROFILE.languages,
      mobility: FULL_PROFILE.mobility,
    });
    expectNoSensitive(res);
  });

  it('shows a profile saved with a headline only (its first step) to verified employers', async () => {
    const { user, browser } = await talent();
    await browser.patch('/api/v1/me/profile', { headline: 'Soudeur TIG' }).expect(200);
    const res = await (await verifiedEmployer()).get(`/api/v1/talents/${user._id}`).expect(200);
    expect(ViewerProfileSchema.parse(res.body)).toMatchObject({ headline: 'Soudeur TIG', skills: [], sharedDocuments: [] });
  });

  it('shows a programme officer the profile without any sensitive answer either', async () => {
    const { url } = await fullTalent();
    const res = await (await officer()).get(url).expect(200);
    expect(res.body.headline).toBe(FULL_PROFILE.headline);
    expectNoSensitive(res);
  });

  it('keeps a profile visible to officers only away from employers', async () => {
    const { url } = await fullTalent('officers');
    const res = await (await verifiedEmployer()).get(url).expect(404);
    expect(res.body.error.code).toBe('not_found');
    await (await officer()).get(url).expect(200);
  });

  it('shows a hidden profile to nobody but its talent, answering as if it did not exist', async () => {
    const { browser, url } = await fullTalent('hidden');
    const hidden = await (await verifiedEmployer()).get(url).expect(404);
    await (await officer()).get(url).expect(404);
    const missing = await (await verifiedEmployer()).get(`/api/v1/talents/${new Types.ObjectId()}`).expect(404);
    expect({ ...hidden.body.error, requestId: '' }).toEqual({ ...missing.body.error, requestId: '' });
    await browser.get('/api/v1/me/profile/preview').expect(200);
  });

  it('shows nothing to an employer whose organisation is not verified yet', async () => {
    const { url } = await fullTalent();
    await (await pendingEmployer()).get(url).expect(404);
  });

  it('shows nothing of a talent to another talent', async () => {
    const { url } = await fullTalent();
    const { browser } = await talent();
    await browser.get(url).expect(404);
  });

  it('answers 404 for a talent who never saved a profile, and 400 for something that is not an id', async () => {
    const { user } = await talent();
    const employer = await verifiedEmployer();
    await employer.get(`/api/v1/talents/${user._id}`).expect(404);
    const res = await employer.get('/api/v1/talents/not-an-id').expect(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'id', location: 'params' })]);
  });

  it('lists the documents the talent shares, not the others', async () => {
    const user = await buildUser({ role: 'talent' });
    await buildTalentProfile(user, { headline: 'Électricien' });
    const shared = await storeDocument(user._id, { kind: 'certificate', name: 'habilitation.pdf', shared: true });
    await storeDocument(user._id, { kind: 'cv', name: 'cv-prive.pdf', shared: false });
    const res = await (await verifiedEmployer()).get(`/api/v1/talents/${user._id}`).expect(200);
    expect(res.body.sharedDocuments).toEqual([{ id: shared, kind: 'certificate', name: 'habilitation.pdf', size: 123_456 }]);
    expect(res.text).not.toContain('cv-prive');
  });
});

describe('the profile in the account’s data', () => {
  it('is in the talent’s export, whole, sensitive answers included', async () => {
    const { user, browser } = await talent();
    await browser.patch('/api/v1/me/profile', FULL_PROFILE).expect(200);
    const res = await browser.get('/api/v1/me/export').expect(200);
    expect(res.body.profile).toMatchObject({ id: String(user._id), headline: FULL_PROFILE.headline, sensitive: SENSITIVE, visibility: 'verified-organisations', saved: true });
  });

  it('is null in the export of someone who never saved one', async () => {
    const { browser } = await talent();
    expect((await browser.get('/api/v1/me/export').expect(200)).body.profile).toBeNull();
  });

  it('is deleted with the account', async () => {
    const { user, browser } = await talent();
    await browser.patch('/api/v1/me/profile', FULL_PROFILE).expect(200);
    await browser.del('/api/v1/me', { password: TEST_PASSWORD, confirm: 'DELETE' }).expect(204);
    expect(await stored(user._id)).toBeNull();
    await (await officer()).get(`/api/v1/talents/${user._id}`).expect(404);
  });
});
