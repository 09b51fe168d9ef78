import fs from 'node:fs';
import path from 'node:path';
import type { Types } from 'mongoose';
import { startTestApp, type TestContext } from '../../testing/harness';
import { openBrowser, type Browser } from '../../testing/client';
import { buildOpportunity, buildOrganisation, buildTalentProfile, buildUser, TEST_PASSWORD } from '../../testing/factories';
import { REFUSED_FILES, buildDocx, buildExe, buildJpeg, buildPdf, buildPng } from '../../testing/files';
import { signIn } from '../../testing/session';
import { AuditLog } from '../../models/AuditLog';
import { Document } from '../../models/Document';
import { Profile } from '../../models/Profile';
import { RateLimit } from '../../models/RateLimit';
import { loadTaxonomy } from '../../services/taxonomy/taxonomyLoader';

const KIB = 1024;
let ctx: TestContext;
beforeAll(async () => {
  // Small limits so the tests can cross them with small files.
  ctx = await startTestApp({ UPLOAD_MAX_BYTES: 100 * KIB, UPLOAD_QUOTA_BYTES: 250 * KIB });
  await loadTaxonomy(ctx.services);
}, 120_000);
afterAll(() => ctx.close());

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const FR_CV = ['Amine El Idrissi', 'Ingénieur en génie civil, 8 ans', 'Logiciels : AutoCAD', 'Gestion de projet et suivi de chantier'];

/** Files in the app's upload folder. */
const storedFiles = () => (fs.existsSync(ctx.config.UPLOAD_DIR) ? fs.readdirSync(ctx.config.UPLOAD_DIR) : []);

interface UploadOptions {
  name?: string;
  /** What the client claims the type is; never believed. */
  type?: string;
  fields?: Record<string, string>;
}

function upload(b: Browser, bytes: Buffer, { name = 'file.bin', type = 'application/octet-stream', fields = { kind: 'cv' } }: UploadOptions = {}) {
  let req = b.agent.post('/api/v1/me/documents').set('X-CSRF-Token', b.csrf);
  for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
  // form-data's `filepath` sends the name exactly as given (its `filename` would keep only the base name).
  const options = { filepath: name, contentType: type } as { filename?: string; contentType?: string };
  return req.attach('file', bytes, options);
}

async function talent() {
  const user = await buildUser({ role: 'talent' });
  return { user, b: await signIn(ctx.app, user) };
}

const suggestedIds = (body: { suggestions: Array<{ skillId: string }> }) => body.suggestions.map((s) => s.skillId);

describe('POST /api/v1/me/documents', () => {
  it.each([
    ['a PDF', () => buildPdf(FR_CV), 'application/pdf', 'extracted'],
    ['a PNG', () => buildPng(), 'image/png', 'not-applicable'],
    ['a JPEG', () => buildJpeg(), 'image/jpeg', 'not-applicable'],
    ['a DOCX', () => buildDocx(FR_CV), DOCX, 'extracted'],
  ])('stores %s, typed by its content whatever the name and declared type say', async (_what, build, mime, textExtraction) => {
    const { user, b } = await talent();
    const bytes = build();
    const before = storedFiles().length;
    const res = await upload(b, bytes, { name: 'scan', type: 'application/octet-stream' }).expect(201);
    expect(res.body).toMatchObject({ kind: 'cv', name: 'scan', mime, size: bytes.length, shared: false, textExtraction });
    expect(res.body).not.toHaveProperty('text');
    expect(res.body).not.toHaveProperty('storageKey');
    expect(storedFiles()).toHaveLength(before + 1);
    const doc = await Document.findById(res.body.id).lean();
    expect(String(doc!.ownerId)).toBe(String(user._id));
    expect(fs.readFileSync(path.join(ctx.config.UPLOAD_DIR, doc!.storageKey)).equals(bytes)).toBe(true);
    expect(await AuditLog.countDocuments({ action: 'document.uploaded', targetId: doc!._id })).toBe(1);
  });

  it('refuses an executable renamed cv.pdf and declared as a PDF, and keeps nothing', async () => {
    const { user, b } = await talent();
    const before = storedFiles();
    const res = await upload(b, buildExe(), { name: 'cv.pdf', type: 'application/pdf' }).expect(415);
    expect(res.body.error).toMatchObject({ code: 'unsupported_file_type', details: { accepted: 'PDF, PNG, JPEG, DOCX' } });
    expect(res.body.error.message).toContain('PDF, PNG, JPEG, DOCX');
    expect(storedFiles()).toEqual(before);
    expect(await Document.countDocuments({ ownerId: user._id })).toBe(0);
  });

  it.each(Object.keys(REFUSED_FILES))('refuses %s with 415', async (what) => {
    const { user, b } = await talent();
    const before = storedFiles();
    const res = await upload(b, REFUSED_FILES[what]!, { name: 'cv.pdf', type: 'application/pdf' }).expect(415);
    expect(res.body.error.code).toBe('unsupported_file_type');
    expect(storedFiles()).toEqual(before);
    expect(await Document.countDocuments({ ownerId: user._id })).toBe(0);
  });

  it('refuses a file over the size limit with 413 naming the limit, and keeps nothing', async () => {
    const { user, b } = await talent();
    const before = storedFiles();
    const res = await upload(b, buildPng(100 * KIB + 1), { name: 'big.png' }).expect(413);
    expect(res.body.error).toMatchObject({ code: 'file_too_large', details: { limitBytes: 100 * KIB } });
    expect(res.body.error.message).toContain('0.1 MB');
    expect(storedFiles()).toEqual(before);
    expect(await Document.countDocuments({ ownerId: user._id })).toBe(0);
  });

  it('stores a file named with a path under a random key, shows only a safe base name, writes nothing outside', async () => {
    const { b } = await talent();
    const outside = path.resolve(ctx.config.UPLOAD_DIR, '../../etc/passwd.pdf');
    const res = await upload(b, buildPdf(['CV']), { name: '../../etc/passwd.pdf', type: 'application/pdf' }).expect(201);
    expect(res.body.name).toBe('passwd.pdf');
    const doc = await Document.findById(res.body.id).lean();
    expect(doc!.storageKey).toMatch(/^[a-f0-9]{32}$/);
    expect(storedFiles()).toContain(doc!.storageKey);
    expect(storedFiles().every((f) => /^[a-f0-9]{32}$/.test(f))).toBe(true);
    expect(fs.existsSync(outside)).toBe(false);
    expect(fs.readdirSync(path.dirname(ctx.config.UPLOAD_DIR))).not.toContain('passwd.pdf');
  });

  it('keeps accented and Arabic names as written', async () => {
    const { b } = await talent();
    const res = await upload(b, buildPdf(['CV']), { name: 'Résumé – السيرة الذاتية.pdf' }).expect(201);
    expect(res.body.name).toBe('Résumé – السيرة الذاتية.pdf');
  });

  it('answers 400 with field-level details for a missing file or bad fields', async () => {
    const { b } = await talent();
    const noFile = await b.agent.post('/api/v1/me/documents').set('X-CSRF-Token', b.csrf).field('kind', 'cv').expect(400);
    expect(noFile.body.error.details).toEqual([expect.objectContaining({ path: 'file', code: 'required' })]);
    const badKind = await upload(b, buildPng(), { fields: { kind: 'passport' } }).expect(400);
    expect(badKind.body.error.details).toEqual([expect.objectContaining({ path: 'kind', location: 'body' })]);
    const extra = await upload(b, buildPng(), { fields: { kind: 'cv', ownerId: '0123456789abcdef01234567' } }).expect(400);
    expect(extra.body.error.code).toBe('validation_failed');
    const twoFiles = await upload(b, buildPng()).attach('file', buildPng(), 'second.png').expect(400);
    expect(twoFiles.body.error.details).toEqual([expect.objectContaining({ path: 'file', code: 'unexpected_file' })]);
    const otherField = await b.agent.post('/api/v1/me/documents').set('X-CSRF-Token', b.csrf).field('kind', 'cv').attach('upload', buildPng(), 'x.png').expect(400);
    expect(otherField.body.error.details).toEqual([expect.objectContaining({ path: 'upload', code: 'unexpected_file' })]);
    const json = await b.post('/api/v1/me/documents', { kind: 'cv' }).expect(415);
    expect(json.body.error.code).toBe('unsupported_media_type');
  });

  it('refuses uploads beyond the talent’s space or number of files, keeping nothing', async () => {
    const { user, b } = await talent();
    await upload(b, buildPng(90 * KIB)).expect(201);
    await upload(b, buildPng(90 * KIB)).expect(201);
    const before = storedFiles();
    const res = await upload(b, buildPng(90 * KIB)).expect(409);
    expect(res.body.error).toMatchObject({ code: 'quota_exceeded', details: { usedBytes: 180 * KIB, fileBytes: 90 * KIB, maxBytes: 250 * KIB, count: 2, maxCount: 30 } });
    expect(storedFiles()).toEqual(before);
    expect(await Document.countDocuments({ ownerId: user._id })).toBe(2);

    const { user: busy, b: busyBrowser } = await talent();
    await Document.insertMany(
      Array.from({ length: 30 }, (_, i) => ({
        ownerId: busy._id, kind: 'other', name: `n${i}`, mime: 'image/png', size: 1, sha256: 'x', storageKey: `${String(i).padStart(32, 'a')}`, textExtraction: 'not-applicable',
      })),
    );
    expect((await upload(busyBrowser, buildPng()).expect(409)).body.error.details).toMatchObject({ count: 30, maxCount: 30 });
  });

  it('is for signed-in talents only, with the CSRF token', async () => {
    const anonymous = await openBrowser(ctx.app);
    await upload(anonymous, buildPng()).expect(401);
    const employer = await buildUser({ role: 'employer', organisationId: (await buildOrganisation())._id });
    const res = await upload(await signIn(ctx.app, employer), buildPng()).expect(403);
    expect(res.body.error.code).toBe('forbidden');
    const { b } = await talent();
    const noCsrf = await b.agent.post('/api/v1/me/documents').field('kind', 'cv').attach('file', buildPng(), 'x.png').expect(403);
    expect(noCsrf.body.error.code).toBe('csrf_invalid');
  });

  it('refuses uploads past the hourly limit with 429, before reading the file', async () => {
    const { user, b } = await talent();
    await RateLimit.create({ _id: `document-upload:${user._id}`, count: 60, resetAt: new Date(Date.now() + 60_000) });
    const before = storedFiles();
    const res = await upload(b, buildPng()).expect(429);
    expect(res.headers['retry-after']).toBeDefined();
    expect(storedFiles()).toEqual(before);
    expect(await Document.countDocuments({ ownerId: user._id })).toBe(0);
  });

  it('is listed in the OpenAPI document as a multipart form', async () => {
    const res = await (await openBrowser(ctx.app)).get('/api/v1/openapi.json').expect(200);
    const form = res.body.paths['/api/v1/me/documents'].post.requestBody.content['multipart/form-data'].schema;
    expect(form.required).toEqual(expect.arrayContaining(['kind', 'file']));
    expect(Object.keys(form.properties)).toEqual(expect.arrayContaining(['kind', 'shared', 'file']));
  });
});

describe('skills suggested from a document', () => {
  it.each([
    ['a French CV as PDF', () => buildPdf(FR_CV)],
    ['a French CV as DOCX', () => buildDocx(FR_CV)],
    ['an English CV as DOCX', () => buildDocx(['Civil engineering graduate', 'CAD drafting with AutoCAD', 'Project manager'])],
    ['an Arabic CV as PDF', () => buildPdf(['مهندس في الهندسة المدنية', 'إدارة المشاريع', 'أوتوكاد'])],
    ['an Arabic CV as DOCX', () => buildDocx(['مهندس في الهندسة المدنية', 'خبرة في إدارة المشاريع واستعمال أوتوكاد'])],
  ])('finds civil engineering, CAD and project management in %s', async (_what, build) => {
    const { b } = await talent();
    const res = await upload(b, build(), { name: 'cv' }).expect(201);
    expect(res.body.textExtraction).toBe('extracted');
    expect(suggestedIds(res.body)).toEqual(expect.arrayContaining(['engineering.civil-engineering', 'engineering.cad-drafting', 'transversal.project-management']));
    const civil = res.body.suggestions.find((s: { skillId: string }) => s.skillId === 'engineering.civil-engineering');
    expect(civil).toMatchObject({ status: 'pending', labels: { fr: 'Génie civil', en: 'Civil engineering', ar: 'الهندسة المدنية' } });
  });

  it('does not suggest skills the profile already lists', async () => {
    const { user, b } = await talent();
    await buildTalentProfile(user, { skills: [{ skillId: 'engineering.civil-engineering', level: 3, years: 5, acquiredBy: ['diploma'], evidence: [] }] });
    const res = await upload(b, buildPdf(FR_CV)).expect(201);
    expect(suggestedIds(res.body)).not.toContain('engineering.civil-engineering');
    expect(suggestedIds(res.body)).toContain('engineering.cad-drafting');
  });

  it('keeps the upload when the text cannot be read', async () => {
    const { b } = await talent();
    const res = await upload(b, Buffer.from('%PDF-1.7\nnot really a pdf')).expect(201);
    expect(res.body).toMatchObject({ mime: 'application/pdf', textExtraction: 'failed', suggestions: [] });
  });
});

describe('POST /api/v1/me/documents/:id/suggestions/:skillId', () => {
  const decide = (b: Browser, id: string, skillId: string, body: object) => b.post(`/api/v1/me/documents/${id}/suggestions/${skillId}`, body);

  it('accepting adds the skill to the profile, acquired at work, once', async () => {
    const { b } = await talent();
    const doc = (await upload(b, buildPdf(FR_CV)).expect(201)).body;
    const res = await decide(b, doc.id, 'engineering.cad-drafting', { decision: 'accept', level: 3 }).expect(200);
    expect(res.body.suggestions.find((s: { skillId: string }) => s.skillId === 'engineering.cad-drafting').status).toBe('accepted');
    const profile = await b.get('/api/v1/me/profile').expect(200);
    expect(profile.body.skills).toEqual([expect.objectContaining({ skillId: 'engineering.cad-drafting', level: 3, acquiredBy: ['work'], evidence: [] })]);
    const again = await decide(b, doc.id, 'engineering.cad-drafting', { decision: 'dismiss' }).expect(409);
    expect(again.body.error.details).toEqual([expect.objectContaining({ code: 'already_decided' })]);
  });

  it('cites a certificate as the evidence of the accepted skill', async () => {
    const { user, b } = await talent();
    const doc = (await upload(b, buildDocx(['Certificat AutoCAD']), { fields: { kind: 'certificate' } }).expect(201)).body;
    await decide(b, doc.id, 'engineering.cad-drafting', { decision: 'accept' }).expect(200);
    const profile = await Profile.findById(user._id).lean();
    expect(profile!.skills.map((s) => ({ skillId: s.skillId, level: s.level, evidence: s.evidence.map(String) }))).toEqual([
      { skillId: 'engineering.cad-drafting', level: 2, evidence: [doc.id] },
    ]);
  });

  it('dismissing adds nothing', async () => {
    const { user, b } = await talent();
    const doc = (await upload(b, buildPdf(FR_CV)).expect(201)).body;
    const res = await decide(b, doc.id, 'engineering.civil-engineering', { decision: 'dismiss' }).expect(200);
    expect(res.body.suggestions.find((s: { skillId: string }) => s.skillId === 'engineering.civil-engineering').status).toBe('dismissed');
    expect((await Profile.findById(user._id).lean())?.skills ?? []).toEqual([]);
  });

  it('answers 404 for a skill that was not suggested or a document of someone else', async () => {
    const { b } = await talent();
    const doc = (await upload(b, buildPdf(FR_CV)).expect(201)).body;
    await decide(b, doc.id, 'health.nursing-care', { decision: 'accept' }).expect(404);
    const other = await talent();
    await decide(other.b, doc.id, 'engineering.cad-drafting', { decision: 'accept' }).expect(404);
    await decide(b, doc.id, 'engineering.cad-drafting', { decision: 'maybe' }).expect(400);
  });
});

describe('GET, PATCH and DELETE /api/v1/me/documents', () => {
  it('lists the talent’s own documents, newest first, with the space used', async () => {
    const { b } = await talent();
    const first = (await upload(b, buildPng(1000), { name: 'a.png' }).expect(201)).body;
    const second = (await upload(b, buildJpeg(2000), { name: 'b.jpg', fields: { kind: 'evidence', shared: 'true' } }).expect(201)).body;
    await upload((await talent()).b, buildPng()).expect(201);
    const res = await b.get('/api/v1/me/documents').expect(200);
    expect(res.body.items.map((d: { id: string }) => d.id)).toEqual([second.id, first.id]);
    expect(res.body.items[0]).toMatchObject({ kind: 'evidence', shared: true });
    expect(res.body.usage).toEqual({ bytes: 3000, maxBytes: 250 * KIB, count: 2, maxCount: 30 });
    expect(res.body.maxFileBytes).toBe(100 * KIB);
  });

  it('changes the kind and sharing of one’s own document only', async () => {
    const { b } = await talent();
    const doc = (await upload(b, buildPng()).expect(201)).body;
    const res = await b.patch(`/api/v1/me/documents/${doc.id}`, { kind: 'certificate', shared: true }).expect(200);
    expect(res.body).toMatchObject({ id: doc.id, kind: 'certificate', shared: true });
    await b.patch(`/api/v1/me/documents/${doc.id}`, {}).expect(400);
    await (await talent()).b.patch(`/api/v1/me/documents/${doc.id}`, { shared: false }).expect(404);
    await b.patch('/api/v1/me/documents/not-an-id', { shared: false }).expect(400);
  });

  it('deletes the file, the record and the document’s citations as evidence', async () => {
    const { user, b } = await talent();
    const doc = (await upload(b, buildDocx(['Certificat AutoCAD']), { fields: { kind: 'certificate' } }).expect(201)).body;
    await b.post(`/api/v1/me/documents/${doc.id}/suggestions/engineering.cad-drafting`, { decision: 'accept' }).expect(200);
    const { storageKey } = (await Document.findById(doc.id).lean())!;

    await (await talent()).b.del(`/api/v1/me/documents/${doc.id}`).expect(404);
    expect(storedFiles()).toContain(storageKey);

    await b.del(`/api/v1/me/documents/${doc.id}`).expect(204);
    expect(storedFiles()).not.toContain(storageKey);
    expect(await Document.exists({ _id: doc.id })).toBeNull();
    const profile = await Profile.findById(user._id).lean();
    expect(profile!.skills).toEqual([expect.objectContaining({ skillId: 'engineering.cad-drafting', evidence: [] })]);
    expect(await AuditLog.countDocuments({ action: 'document.deleted', targetId: doc.id })).toBe(1);
    await b.del(`/api/v1/me/documents/${doc.id}`).expect(404);
  });
});

describe('GET /api/v1/documents/:id/file', () => {
  async function verifiedEmployer() {
    const org = await buildOrganisation({ kind: 'employer', status: 'verified' });
    return signIn(ctx.app, await buildUser({ role: 'employer', organisationId: org._id }));
  }
  /** A talent with a saved profile of the given visibility and one uploaded PDF. */
  async function talentWithDocument(visibility: 'verified-organisations' | 'officers' | 'hidden', shared: boolean) {
    const { user, b } = await talent();
    await buildTalentProfile(user, { visibility });
    const bytes = buildPdf(FR_CV);
    const doc = (await upload(b, bytes, { name: 'CV Génie civil', fields: { kind: 'cv', shared: String(shared) } }).expect(201)).body;
    return { user: user as { _id: Types.ObjectId }, b, doc, bytes };
  }

  it('gives the owner their file as an attachment that browsers will not sniff or cache', async () => {
    const { b, doc, bytes } = await talentWithDocument('hidden', false);
    const res = await b.get(`/api/v1/documents/${doc.id}/file`).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    expect((res.body as Buffer).equals(bytes)).toBe(true);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="CV Genie civil.pdf"; filename*=UTF-8''CV%20G%C3%A9nie%20civil.pdf`);
  });

  it('lets a verified employer download only a shared document of a profile they may see', async () => {
    const employer = await verifiedEmployer();
    const notShared = await talentWithDocument('verified-organisations', false);
    await employer.get(`/api/v1/documents/${notShared.doc.id}/file`).expect(404);

    const shared = await talentWithDocument('verified-organisations', true);
    await employer.get(`/api/v1/documents/${shared.doc.id}/file`).expect(200);
    expect(await AuditLog.countDocuments({ action: 'document.downloaded', targetId: shared.doc.id })).toBe(1);

    const hidden = await talentWithDocument('hidden', true);
    await employer.get(`/api/v1/documents/${hidden.doc.id}/file`).expect(404);
    const officersOnly = await talentWithDocument('officers', true);
    await employer.get(`/api/v1/documents/${officersOnly.doc.id}/file`).expect(404);
  });

  it('lets the employer a talent applied to download the documents sent with the application, and no one else', async () => {
    const org = await buildOrganisation({ kind: 'employer', status: 'verified' });
    const recruiter = await signIn(ctx.app, await buildUser({ role: 'employer', organisationId: org._id }));
    const job = await buildOpportunity({ organisationId: org._id, type: 'job', status: 'published' });
    const { b, doc } = await talentWithDocument('hidden', false);
    await recruiter.get(`/api/v1/documents/${doc.id}/file`).expect(404);

    await b.post(`/api/v1/opportunities/${job._id}/applications`, { motivation: 'Je connais bien ce métier.', documentIds: [doc.id] }).expect(201);

    await recruiter.get(`/api/v1/documents/${doc.id}/file`).expect(200);
    await (await verifiedEmployer()).get(`/api/v1/documents/${doc.id}/file`).expect(404);
  });

  it('hides shared documents from other talents, employers of unverified organisations and visitors', async () => {
    const { doc } = await talentWithDocument('verified-organisations', true);
    await (await talent()).b.get(`/api/v1/documents/${doc.id}/file`).expect(404);
    const pending = await buildOrganisation({ kind: 'employer', status: 'pending' });
    await (await signIn(ctx.app, await buildUser({ role: 'employer', organisationId: pending._id }))).get(`/api/v1/documents/${doc.id}/file`).expect(404);
    await (await openBrowser(ctx.app)).get(`/api/v1/documents/${doc.id}/file`).expect(401);
    await (await talent()).b.get('/api/v1/documents/0123456789abcdef01234567/file').expect(404);
  });
});

describe('account deletion and export', () => {
  it('lists documents in the export (without their text) and deletes the files with the account', async () => {
    const { user, b } = await talent();
    const doc = (await upload(b, buildPdf(FR_CV), { name: 'cv.pdf' }).expect(201)).body;
    await upload(b, buildPng()).expect(201);
    const keys = (await Document.find({ ownerId: user._id }).lean()).map((d) => d.storageKey);
    expect(storedFiles()).toEqual(expect.arrayContaining(keys));

    const exported = await b.get('/api/v1/me/export').expect(200);
    expect(exported.body.documents).toHaveLength(2);
    expect(exported.body.documents[0]).toMatchObject({ id: doc.id, kind: 'cv', name: 'cv.pdf', mime: 'application/pdf' });
    expect(exported.body.documents[0]).not.toHaveProperty('text');
    expect(exported.body.documents[0]).not.toHaveProperty('storageKey');

    await b.del('/api/v1/me', { password: TEST_PASSWORD, confirm: 'DELETE' }).expect(204);
    expect(storedFiles().filter((f) => keys.includes(f))).toEqual([]);
    expect(await Document.countDocuments({ ownerId: user._id })).toBe(0);
  });
});
