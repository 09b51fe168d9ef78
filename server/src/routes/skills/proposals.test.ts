import request from 'supertest';
import { startTestApp, type TestContext } from '../../testing/harness';
import { buildOrganisation, buildUser } from '../../testing/factories';
import { buildSkillProposal } from '../../testing/skillFactories';
import { signIn } from '../../testing/session';
import type { Browser } from '../../testing/client';
import { AuditLog } from '../../models/AuditLog';
import { Skill } from '../../models/Skill';
import { SkillProposal } from '../../models/SkillProposal';
import { TaxonomyChange } from '../../models/TaxonomyChange';
import { loadTaxonomy } from '../../services/taxonomy/taxonomyLoader';
import { readTaxonomy } from '../../services/taxonomy/taxonomyReader';

let ctx: TestContext;
let officer: Browser;
let officerId: string;
let admin: Browser;
let adminId: string;
let otherAdmin: Browser;

beforeAll(async () => {
  ctx = await startTestApp();
  await loadTaxonomy(ctx.services);
  const institution = await buildOrganisation({ kind: 'institution', status: 'verified' });
  const officerUser = await buildUser({ role: 'officer', organisationId: institution._id });
  const adminUser = await buildUser({ role: 'admin' });
  officerId = officerUser.id;
  adminId = adminUser.id;
  officer = await signIn(ctx.app, officerUser);
  admin = await signIn(ctx.app, adminUser);
  otherAdmin = await signIn(ctx.app, await buildUser({ role: 'admin' }));
});
afterAll(() => ctx.close());

let seq = 0;
/** A new-skill proposal body with names no skill has (agrivoltaics, numbered). */
const newSkill = (extra: Record<string, unknown> = {}) => {
  seq += 1;
  return {
    type: 'new-skill',
    sector: 'engineering',
    labels: { fr: `Agrivoltaïsme ${seq}`, en: `Agrivoltaics ${seq}`, ar: `الطاقة الشمسية الزراعية ${seq}` },
    synonyms: { fr: [`panneaux sur cultures ${seq}`], en: [], ar: [] },
    broader: ['engineering.renewable-energy'],
    related: ['engineering.solar-pv-design'],
    isco: ['2151'],
    reason: 'Solar farms over crops are spreading in the Souss and employers ask for it.',
    ...extra,
  };
};
const suggestIds = async (q: string, lang = 'fr') =>
  (await request(ctx.app).get('/api/v1/skills/suggest').query({ q, lang }).expect(200)).body.items.map((s: { id: string }) => s.id);
const approve = (b: Browser, id: string, body: object = {}) => b.post(`/api/v1/skills/proposals/${id}/approve`, body);

describe('POST /api/v1/skills/proposals', () => {
  it('stores an officer’s new skill as pending: logged by id, not yet in the picker', async () => {
    const body = newSkill();
    const res = await officer.post('/api/v1/skills/proposals', body).expect(201);
    expect(res.body).toMatchObject({
      type: 'new-skill',
      status: 'pending',
      sector: 'engineering',
      skillId: null,
      labels: body.labels,
      synonyms: { fr: body.synonyms.fr, en: [], ar: [] },
      broader: ['engineering.renewable-energy'],
      proposedBy: { id: officerId, displayName: expect.any(String) },
      reviewedBy: null,
      revision: null,
    });
    const entry = await AuditLog.findOne({ action: 'skill_proposal.created', targetId: res.body.id }).lean();
    expect(entry).toMatchObject({ actorRole: 'officer', meta: { type: 'new-skill' } });
    expect(JSON.stringify(entry)).not.toContain('Agrivolta');
    expect(await suggestIds(body.labels.fr)).not.toContain(`engineering.agrivoltaics-${seq}`);
  });

  it('stores synonyms of an existing skill with the skill’s names, for the reviewer', async () => {
    const res = await officer
      .post('/api/v1/skills/proposals', { type: 'synonyms', skillId: 'engineering.solar-water-pumping', synonyms: { fr: ['pompage au fil du soleil'] }, reason: 'Wording of the Plan Maroc Vert tenders.' })
      .expect(201);
    expect(res.body).toMatchObject({
      type: 'synonyms',
      sector: 'engineering',
      skillId: 'engineering.solar-water-pumping',
      labels: { fr: 'Pompage solaire', en: 'Solar water pumping' },
      synonyms: { fr: ['pompage au fil du soleil'], en: [], ar: [] },
    });
  });

  it('names each field that refers to a missing skill or reuses another skill’s name, whatever the accents', async () => {
    const res = await officer
      .post(
        '/api/v1/skills/proposals',
        newSkill({ labels: { fr: 'GÉNIE-CIVIL', en: 'Agrivoltaics twin', ar: 'الهَندسة المدنيّة' }, broader: ['engineering.no-such-skill'], isco: ['0999'] }),
      )
      .expect(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'broader.0', location: 'body', code: 'unknown_skill' }),
        expect.objectContaining({ path: 'labels.fr', location: 'body', code: 'duplicate_label' }),
        expect.objectContaining({ path: 'labels.ar', location: 'body', code: 'duplicate_label' }),
        expect.objectContaining({ path: 'isco.0', location: 'body', code: 'unknown_isco' }),
      ]),
    );
    expect(res.body.error.details).not.toContainEqual(expect.objectContaining({ path: 'labels.en' }));
    expect(await SkillProposal.countDocuments({ 'labels.en': 'Agrivoltaics twin' })).toBe(0);
  });

  it('refuses synonyms the skill already has, and a skill that does not exist', async () => {
    const known = await officer
      .post('/api/v1/skills/proposals', { type: 'synonyms', skillId: 'engineering.civil-engineering', synonyms: { fr: ['btp', 'Nouveau terme'], en: ['Civil Engineering'] }, reason: 'These are used on CVs.' })
      .expect(400);
    expect(known.body.error.details).toEqual([
      expect.objectContaining({ path: 'synonyms.fr.0', code: 'already_known' }),
      expect.objectContaining({ path: 'synonyms.en.0', code: 'already_known' }),
    ]);
    const unknown = await officer
      .post('/api/v1/skills/proposals', { type: 'synonyms', skillId: 'engineering.no-such-skill', synonyms: { fr: ['x'] }, reason: 'These are used on CVs.' })
      .expect(400);
    expect(unknown.body.error.details).toEqual([expect.objectContaining({ path: 'skillId', code: 'unknown_skill' })]);
  });

  it('explains a malformed proposal field by field', async () => {
    const res = await officer
      .post('/api/v1/skills/proposals', newSkill({ labels: { fr: 'Agri', en: 'Agri', ar: 'Agri' }, broader: ['law.contract-law'], reason: 'short' }))
      .expect(400);
    expect(res.body.error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'labels.ar', message: 'must be written in Arabic script' }),
        expect.objectContaining({ path: 'broader.0', message: 'must be a skill of the same sector' }),
        expect.objectContaining({ path: 'reason', code: 'too_small' }),
      ]),
    );
    const empty = await officer.post('/api/v1/skills/proposals', { type: 'synonyms', skillId: 'engineering.civil-engineering', synonyms: {}, reason: 'Used on CVs a lot.' }).expect(400);
    expect(empty.body.error.details).toEqual([expect.objectContaining({ path: 'synonyms', message: 'add at least one synonym in one language' })]);
  });

  it('stops a proposer after 20 proposals in a day with 429 and Retry-After', async () => {
    const institution = await buildOrganisation({ kind: 'institution', status: 'verified' });
    const busy = await signIn(ctx.app, await buildUser({ role: 'officer', organisationId: institution._id }));
    for (let i = 0; i < 20; i++) await busy.post('/api/v1/skills/proposals', newSkill()).expect(201);
    const res = await busy.post('/api/v1/skills/proposals', newSkill()).expect(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(3600);
  });
});

describe('GET /api/v1/skills/proposals', () => {
  it('shows proposers only their own; admins everyone’s, by status, page by page without repeats', async () => {
    const institution = await buildOrganisation({ kind: 'institution', status: 'verified' });
    const [a, b] = await Promise.all([
      buildUser({ role: 'officer', organisationId: institution._id }),
      buildUser({ role: 'officer', organisationId: institution._id }),
    ]);
    const mine = [await buildSkillProposal(a._id), await buildSkillProposal(a._id)];
    const theirs = await buildSkillProposal(b._id);
    await SkillProposal.updateOne({ _id: mine[0]!._id }, { $set: { status: 'rejected', reviewComment: 'Already covered.' } });

    const own = await (await signIn(ctx.app, a)).get('/api/v1/skills/proposals').expect(200);
    expect(own.body.items.map((p: { id: string }) => p.id)).toEqual([mine[1]!.id, mine[0]!.id]);
    expect(own.body.items[1]).toMatchObject({ status: 'rejected', reviewComment: 'Already covered.' });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await admin.get(`/api/v1/skills/proposals?status=pending&limit=2${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
      for (const item of res.body.items) {
        expect(item.status).toBe('pending');
        seen.push(item.id);
      }
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expect.arrayContaining([mine[1]!.id, theirs.id]));
    expect(seen).not.toContain(mine[0]!.id);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('lets an admin see only their own proposals', async () => {
    const own = await buildSkillProposal(adminId);
    const res = await admin.get('/api/v1/skills/proposals?mine=true').expect(200);
    expect(res.body.items.map((p: { id: string }) => p.id)).toEqual([own.id]);
  });

  it('says a damaged page link is damaged', async () => {
    const res = await admin.get('/api/v1/skills/proposals?cursor=bm90LWFuLWlk').expect(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'cursor', location: 'query' })]);
  });
});

describe('POST /api/v1/skills/proposals/:id/approve', () => {
  it('puts an approved new skill in the picker at once, in every language, as a numbered revision', async () => {
    const body = newSkill();
    const proposed = await officer.post('/api/v1/skills/proposals', body).expect(201);
    const res = await approve(admin, proposed.body.id, { comment: 'Welcome addition.' }).expect(200);
    const skillId = `engineering.agrivoltaics-${seq}`;
    expect(res.body).toMatchObject({ status: 'approved', skillId, reviewedBy: { id: adminId }, reviewComment: 'Welcome addition.', revision: expect.any(Number) });

    for (const [q, lang] of [[`agrivoltaisme ${seq}`, 'fr'], [`Agrivoltaics ${seq}`, 'en'], [body.labels.ar, 'ar'], [`panneaux sur cultures ${seq}`, 'fr']] as const) {
      expect((await suggestIds(q, lang))[0]).toBe(skillId);
    }
    const skill = await officer.get(`/api/v1/skills/${skillId}`).expect(200);
    expect(skill.body).toMatchObject({
      id: skillId,
      labels: body.labels,
      broader: [{ id: 'engineering.renewable-energy', labels: { fr: 'Énergies renouvelables' } }],
      related: [{ id: 'engineering.solar-pv-design', labels: expect.any(Object) }],
      isco: ['2151'],
    });
    const change = await TaxonomyChange.findOne({ proposalId: proposed.body.id }).lean();
    expect(change).toMatchObject({ revision: res.body.revision, type: 'new-skill', skillId, approvedBy: expect.anything() });
    expect(String(change!.proposedBy)).toBe(officerId);
    const entry = await AuditLog.findOne({ action: 'skill_proposal.approved', targetId: proposed.body.id }).lean();
    expect(entry).toMatchObject({ actorRole: 'admin', meta: { revision: res.body.revision, skillId } });
  });

  it('gives a new skill a unique id when its English name slugs like an existing id', async () => {
    await Skill.create({ _id: 'engineering.wave-energy', sector: 'engineering', labels: { fr: 'Houlomotrice', en: 'Wave power', ar: 'طاقة الموج' }, taxonomyVersion: 'test' });
    const proposed = await officer
      .post('/api/v1/skills/proposals', newSkill({ labels: { fr: 'Énergie des vagues', en: 'Wave energy', ar: 'طاقة الأمواج' }, broader: [], related: [] }))
      .expect(201);
    expect((await approve(admin, proposed.body.id).expect(200)).body.skillId).toBe('engineering.wave-energy-2');
  });

  it('lets the picker find a skill by newly approved synonyms', async () => {
    expect((await suggestIds('exhaure par photopile'))[0]).not.toBe('engineering.solar-water-pumping');
    const proposed = await officer
      .post('/api/v1/skills/proposals', { type: 'synonyms', skillId: 'engineering.solar-water-pumping', synonyms: { fr: ['exhaure par photopile'], en: ['photocell borehole lift'] }, reason: 'Wording of NGO job ads.' })
      .expect(201);
    await approve(otherAdmin, proposed.body.id).expect(200);
    expect((await suggestIds('exhaure par photopile'))[0]).toBe('engineering.solar-water-pumping');
    expect((await suggestIds('photocell borehole lift', 'en'))[0]).toBe('engineering.solar-water-pumping');
    const skill = await officer.get('/api/v1/skills/engineering.solar-water-pumping').expect(200);
    expect(skill.body.synonyms).toMatchObject({ fr: ['pompe solaire', 'irrigation solaire', 'exhaure par photopile'], en: ['solar pumps', 'solar irrigation', 'photocell borehole lift'] });
  });

  it('never lets an admin approve their own proposal', async () => {
    const proposed = await admin.post('/api/v1/skills/proposals', newSkill()).expect(201);
    const res = await approve(admin, proposed.body.id).expect(403);
    expect(res.body.error.code).toBe('forbidden');
    expect((await SkillProposal.findById(proposed.body.id))!.status).toBe('pending');
    await approve(otherAdmin, proposed.body.id).expect(200);
  });

  it('says a decided proposal is decided: no second revision, no change of mind', async () => {
    const proposed = await officer.post('/api/v1/skills/proposals', newSkill()).expect(201);
    await approve(admin, proposed.body.id).expect(200);
    expect((await approve(otherAdmin, proposed.body.id).expect(409)).body.error.code).toBe('conflict');
    await admin.post(`/api/v1/skills/proposals/${proposed.body.id}/reject`, { comment: 'Changed my mind.' }).expect(409);
    expect(await TaxonomyChange.countDocuments({ proposalId: proposed.body.id })).toBe(1);
  });

  it('refuses a proposal the taxonomy has overtaken, says why, and leaves it pending', async () => {
    const body = newSkill();
    const first = await officer.post('/api/v1/skills/proposals', body).expect(201);
    const twin = await officer.post('/api/v1/skills/proposals', { ...body, reason: 'Proposed twice by mistake.' }).expect(201);
    await approve(admin, first.body.id).expect(200);
    const res = await approve(admin, twin.body.id).expect(409);
    expect(res.body.error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'labels.en', code: 'duplicate_label' })]));
    expect((await SkillProposal.findById(twin.body.id))!.status).toBe('pending');
  });

  it('answers 404 for a proposal that does not exist', async () => {
    await approve(admin, '64b7f0c2a1b2c3d4e5f60799').expect(404);
  });
});

describe('POST /api/v1/skills/proposals/:id/reject', () => {
  it('requires a reason, which the proposer then reads; the log keeps ids only', async () => {
    const proposed = await officer.post('/api/v1/skills/proposals', newSkill()).expect(201);
    const missing = await admin.post(`/api/v1/skills/proposals/${proposed.body.id}/reject`, {}).expect(400);
    expect(missing.body.error.details).toEqual([expect.objectContaining({ path: 'comment', location: 'body' })]);

    const res = await admin.post(`/api/v1/skills/proposals/${proposed.body.id}/reject`, { comment: 'Covered by solar PV design.' }).expect(200);
    expect(res.body).toMatchObject({ status: 'rejected', reviewComment: 'Covered by solar PV design.', revision: null });
    const list = await officer.get('/api/v1/skills/proposals?status=rejected').expect(200);
    expect(list.body.items).toContainEqual(expect.objectContaining({ id: proposed.body.id, reviewComment: 'Covered by solar PV design.', reviewedBy: expect.objectContaining({ id: adminId }) }));
    const entry = await AuditLog.findOne({ action: 'skill_proposal.rejected', targetId: proposed.body.id }).lean();
    expect(entry).toMatchObject({ actorRole: 'admin' });
    expect(JSON.stringify(entry)).not.toContain('Covered');
    expect(await TaxonomyChange.countDocuments({ proposalId: proposed.body.id })).toBe(0);
  });
});

describe('GET /api/v1/skills/changes', () => {
  it('lists revisions newest first with who proposed and who approved, page by page', async () => {
    const total = await TaxonomyChange.countDocuments();
    expect(total).toBeGreaterThanOrEqual(3);
    const revisions: number[] = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await admin.get(`/api/v1/skills/changes?limit=2${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
      for (const item of res.body.items) {
        expect(item.proposedBy.displayName).toEqual(expect.any(String));
        expect(item.approvedBy.displayName).toEqual(expect.any(String));
        revisions.push(item.revision);
      }
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(revisions).toEqual(Array.from({ length: total }, (_, i) => total - i));
  });
});

describe('GET /api/v1/skills/:id', () => {
  it('shows a skill with the names of its broader and related skills', async () => {
    const res = await officer.get('/api/v1/skills/engineering.solar-pv-design').expect(200);
    expect(res.body).toMatchObject({
      id: 'engineering.solar-pv-design',
      sector: 'engineering',
      labels: { fr: 'Dimensionnement de centrales photovoltaïques', en: 'Solar PV system design', ar: 'تصميم المنظومات الكهروضوئية' },
      broader: [{ id: 'engineering.renewable-energy', labels: { fr: 'Énergies renouvelables', en: 'Renewable energy', ar: 'الطاقات المتجددة' } }],
    });
    expect(res.body.synonyms.en).toContain('PVsyst');
  });

  it('answers 404 for an unknown skill and 400 for something that is not a skill id', async () => {
    await officer.get('/api/v1/skills/engineering.no-such-skill').expect(404);
    const res = await officer.get('/api/v1/skills/NOT AN ID').expect(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'id', location: 'params' })]);
  });
});

describe('loading the taxonomy after approvals', () => {
  it('keeps approved skills and synonyms when the taxonomy files change, and stays idempotent', async () => {
    const proposed = await officer.post('/api/v1/skills/proposals', newSkill()).expect(201);
    const { body: approved } = await approve(admin, proposed.body.id).expect(200);
    expect(await suggestIds('souffle de tarfaya')).not.toContain('engineering.wind-energy');
    const synonyms = await officer
      .post('/api/v1/skills/proposals', { type: 'synonyms', skillId: 'engineering.wind-energy', synonyms: { fr: ['Souffle de Tarfaya'] }, reason: 'Wording of the Tarfaya wind farm ads.' })
      .expect(201);
    await approve(admin, synonyms.body.id).expect(200);
    const last = (await TaxonomyChange.findOne().sort({ revision: -1 }).lean())!.revision;
    const files = readTaxonomy();

    const reloaded = await loadTaxonomy(ctx.services, { version: 'files-v2', skills: files.skills });
    expect(reloaded).toEqual({ version: `files-v2-r${last}`, stored: true, indexed: true });
    expect(await Skill.exists({ _id: approved.skillId })).toBeTruthy();
    expect((await suggestIds(`agrivoltaisme ${seq}`))[0]).toBe(approved.skillId);
    expect((await suggestIds('souffle de tarfaya'))[0]).toBe('engineering.wind-energy');
    expect((await Skill.findById('engineering.wind-energy').lean())!.synonyms!.fr).toContain('Souffle de Tarfaya');
    expect(await Skill.countDocuments()).toBe(files.skills.length + (await TaxonomyChange.countDocuments({ type: 'new-skill' })));

    expect(await loadTaxonomy(ctx.services, { version: 'files-v2', skills: files.skills })).toEqual({ version: `files-v2-r${last}`, stored: false, indexed: false });
  });
});
