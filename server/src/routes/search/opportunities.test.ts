import request from 'supertest';
import { OpportunitySearchResultSchema } from '@kafaat/shared';
import { startTestApp, type TestContext } from '../../testing/harness';
import { buildOpportunity, buildOrganisation, buildUser } from '../../testing/factories';
import { signIn } from '../../testing/session';
import { syncSearch } from '../../testing/search';
import type { Browser } from '../../testing/client';
import { Skill } from '../../models/Skill';
import { moroccanToday } from '../../policies/opportunity';
import { forgetTaxonomySnapshot } from '../../services/taxonomy/taxonomySnapshot';

let ctx: TestContext;
let talent: Browser;
let manager: Browser;
const ids: Record<string, string> = {};

const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  ctx = await startTestApp();
  await Skill.create({ _id: 'health.midwifery-t', sector: 'health', labels: { fr: 'Maïeutique', en: 'Midwifery', ar: 'القبالة' }, synonyms: { fr: ['sage-femme'], en: [], ar: [] }, taxonomyVersion: 'test' });
  const hospital = await buildOrganisation({ kind: 'institution', status: 'verified', name: 'CHU Hassan II' });
  const fintech = await buildOrganisation({ kind: 'employer', status: 'verified', name: 'PayMaroc' });
  const opp = async (name: string, fields: Parameters<typeof buildOpportunity>[0], overrides: Parameters<typeof buildOpportunity>[1] = {}) => {
    ids[name] = String((await buildOpportunity(fields, overrides))._id);
  };
  await opp('mission', { organisationId: hospital._id, type: 'mission' }, {
    title: { fr: 'Formation des sages-femmes en obstétrique', en: 'Training midwives in obstetrics' },
    description: { fr: 'Le CHU de Fès accueille une experte.' },
    mustHaveSkills: [{ skillId: 'health.midwifery-t', minLevel: 3 }],
    location: { mode: 'onsite', country: 'MA', city: 'Fès' },
    startDate: '2027-03-01',
    endDate: '2027-03-10',
    deadline: future(30),
  });
  await opp('job', { organisationId: fintech._id, type: 'job' }, {
    title: { fr: 'Développeuse backend' },
    description: { fr: 'Équipe paiements, Node.js et PostgreSQL.' },
    sector: 'it-data',
    location: { mode: 'hybrid', country: 'MA', city: 'Casablanca' },
    deadline: future(10),
  });
  await opp('remote', { organisationId: fintech._id, type: 'job' }, { title: { en: 'Data engineer' }, description: { en: 'Remote, from anywhere.' }, sector: 'it-data', location: { mode: 'remote', country: 'MA', city: '' } });
  await opp('remote2', { organisationId: fintech._id, type: 'job' }, { title: { en: 'Data analyst' }, description: { en: 'Remote too.' }, sector: 'it-data', location: { mode: 'remote', country: 'MA', city: '' } });
  await opp('draft', { organisationId: fintech._id, type: 'job', status: 'draft' }, { title: { fr: 'Brouillon backend' }, sector: 'it-data' });
  await opp('closed', { organisationId: fintech._id, type: 'job', status: 'closed' }, { title: { fr: 'Fermée backend' }, sector: 'it-data' });
  await opp('expired', { organisationId: fintech._id, type: 'job' }, { title: { fr: 'Expirée backend' }, sector: 'it-data', deadline: '2020-01-01' });
  await syncSearch(ctx);
  talent = await signIn(ctx.app, await buildUser({ role: 'talent' }));
  manager = await signIn(ctx.app, await buildUser({ role: 'employer', organisationId: fintech._id, orgAdmin: true }));
});
afterAll(() => ctx.close());

async function found(query: string, who: Browser = talent): Promise<string[]> {
  const res = await who.get(`/api/v1/opportunities/search?${query}`).expect(200);
  const names = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v, k]));
  return OpportunitySearchResultSchema.parse(res.body).items.map((i) => names[i.id] ?? i.id).sort();
}

describe('GET /api/v1/opportunities/search', () => {
  it('needs a signed-in user', async () => {
    await request(ctx.app).get('/api/v1/opportunities/search').expect(401);
  });

  it('finds only published opportunities still taking applications, for anyone signed in', async () => {
    expect(await found('')).toEqual(['job', 'mission', 'remote', 'remote2']);
    expect(await found('q=backend')).toEqual(['job']);
    expect(await found('', manager)).toEqual(['job', 'mission', 'remote', 'remote2']);
  });

  it('filters by type, sector, work mode, country and city (accents ignored)', async () => {
    expect(await found('type=mission')).toEqual(['mission']);
    expect(await found('sector=it-data')).toEqual(['job', 'remote', 'remote2']);
    expect(await found('locationMode=remote,hybrid')).toEqual(['job', 'remote', 'remote2']);
    expect(await found('country=FR')).toEqual([]);
    expect(await found('city=fes')).toEqual(['mission']);
    expect(await found('city=FÈS')).toEqual(['mission']);
  });

  it('keeps opportunities whose dates overlap the period, and those without dates', async () => {
    expect(await found('from=2027-03-05&to=2027-04-01')).toEqual(['job', 'mission', 'remote', 'remote2']);
    expect(await found('from=2027-04-01')).toEqual(['job', 'remote', 'remote2']);
    expect(await found('to=2027-02-28')).toEqual(['job', 'remote', 'remote2']);
  });

  it('finds titles, descriptions and required skills in any language, and highlights them as written', async () => {
    const res = await talent.get('/api/v1/opportunities/search?q=sage%20femme&lang=en').expect(200);
    const body = OpportunitySearchResultSchema.parse(res.body);
    expect(body.items.map((i) => i.id)).toEqual([ids.mission]);
    expect(body.items[0]).toMatchObject({
      title: 'Training midwives in obstetrics',
      type: 'mission',
      organisation: { name: 'CHU Hassan II' },
      location: { mode: 'onsite', country: 'MA', city: 'Fès' },
      startDate: '2027-03-01',
      endDate: '2027-03-10',
      highlights: { title: 'Formation des <em>sages</em>-<em>femmes</em> en obstétrique' },
    });
    expect(await found('q=midwifery')).toEqual(['mission']);
    expect(await found('q=القبالة')).toEqual(['mission']);
    expect(await found('q=paiements%20postgresql')).toEqual(['job']);
  });

  it('counts each facet with the other filters applied but not its own', async () => {
    const body = OpportunitySearchResultSchema.parse((await talent.get('/api/v1/opportunities/search?type=job').expect(200)).body);
    expect(body.total).toBe(3);
    expect(body.facets.type).toEqual([{ value: 'job', count: 3 }, { value: 'mission', count: 1 }]);
    expect(body.facets.locationMode).toEqual([{ value: 'remote', count: 2 }, { value: 'hybrid', count: 1 }]);
  });

  it('sorts by soonest deadline (none last) and pages with a cursor', async () => {
    expect(await found('sort=recent')).toHaveLength(4);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/opportunities/search?sort=deadline&limit=1${cursor ? `&cursor=${cursor}` : ''}`;
      const body = OpportunitySearchResultSchema.parse((await talent.get(url).expect(200)).body);
      seen.push(...body.items.map((i) => i.id));
      cursor = body.nextCursor;
    } while (cursor && seen.length < 10);
    // The two without a deadline come last, in id order, the cursor carrying their "no deadline" value.
    expect(seen).toEqual([ids.job, ids.mission, ...[ids.remote!, ids.remote2!].sort()]);
  });

  it('finds an opportunity edited or published through the API once the indexer ran', async () => {
    const created = await manager.post('/api/v1/opportunities', { type: 'job', title: { fr: 'Architecte cloud' }, description: { fr: 'Kubernetes' }, sector: 'it-data', location: { mode: 'remote' } }).expect(201);
    await syncSearch(ctx);
    expect(await found('q=architecte')).toEqual([]);
    await manager.post(`/api/v1/opportunities/${created.body.id}/status`, { status: 'published' }).expect(200);
    await manager.patch(`/api/v1/opportunities/${created.body.id}`, { title: { fr: 'Architecte cloud senior' } }).expect(200);
    await syncSearch(ctx);
    const body = OpportunitySearchResultSchema.parse((await talent.get('/api/v1/opportunities/search?q=architecte%20senior').expect(200)).body);
    expect(body.items.map((i) => [i.id, i.title, i.publishedAt !== null])).toEqual([[created.body.id, 'Architecte cloud senior', true]]);
    expect(moroccanToday()).toMatch(/^\d{4}-\d\d-\d\d$/);
  });

  it('refuses a damaged cursor on the cursor field', async () => {
    const res = await talent.get('/api/v1/opportunities/search?cursor=%%%').expect(400);
    expect(res.body.error.details[0]).toMatchObject({ path: 'cursor' });
  });
});

describe('GET /api/v1/opportunities/search with free text naming taxonomy skills', () => {
  beforeAll(async () => {
    // More specific than midwifery; none of its names, nor the opportunity's words, say "midwifery" or "القبالة".
    await Skill.create({ _id: 'health.neonatal-care-t', sector: 'health', labels: { fr: 'Soins néonatals', en: 'Neonatal care', ar: 'رعاية المواليد' }, synonyms: { fr: [], en: [], ar: [] }, broader: ['health.midwifery-t'], taxonomyVersion: 'test' });
    forgetTaxonomySnapshot();
    const hospital = await buildOrganisation({ kind: 'institution', status: 'verified', name: 'Maternité régionale' });
    ids.neonatal = String(
      (
        await buildOpportunity(
          { organisationId: hospital._id, type: 'job' },
          { title: { fr: 'Accompagnement des naissances à Errachidia' }, description: { fr: 'Garde de nuit en maternité.' }, sector: 'health', mustHaveSkills: [{ skillId: 'health.neonatal-care-t', minLevel: 2 }], deadline: future(20) },
        )
      )._id,
    );
    await syncSearch(ctx);
  });

  it('finds an opportunity asking for the named skill or a more specific one, in whatever language it is written', async () => {
    expect(await found(`q=${encodeURIComponent('القبالة')}`)).toEqual(['mission', 'neonatal']);
    expect(await found('q=midwifery')).toEqual(['mission', 'neonatal']);
    // Words the taxonomy does not know keep the plain text search.
    expect(await found('q=backend')).toEqual(['job']);
  });
});
