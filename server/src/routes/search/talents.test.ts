import request from 'supertest';
import { TalentSearchResultSchema, type ProfilePatch } from '@kafaat/shared';
import { startTestApp, type TestContext } from '../../testing/harness';
import { buildOrganisation, buildTalentProfile, buildUser } from '../../testing/factories';
import { signIn } from '../../testing/session';
import { syncSearch } from '../../testing/search';
import type { Browser } from '../../testing/client';
import { Profile } from '../../models/Profile';
import { Skill } from '../../models/Skill';
import { withSearchMark } from '../../models/searchSync';
import { readAlias } from '../../search/indices';
import { forgetTaxonomySnapshot } from '../../services/taxonomy/taxonomySnapshot';

let ctx: TestContext;
let employer: Browser;
let officer: Browser;
const ids: Record<string, string> = {};

const skill = (skillId: string, level: number, years: number) => ({ skillId, level, years, acquiredBy: ['work' as const], evidence: [] });
const window = (from: string, to: string) => ({ from, to, note: '' });
const noMobility = { remote: false, shortMissions: false, maxMissionWeeks: null, relocation: false };
const SECRET = { nationality: 'ZW', residenceStatus: 'asylum-seeker' as const, gender: 'woman' as const, birthYear: 1987 };

async function skillOf(id: string, fr: string, en: string, ar: string, synonyms: string[] = []) {
  await Skill.create({ _id: id, sector: id.split('.')[0], labels: { fr, en, ar }, synonyms: { fr: synonyms, en: [], ar: [] }, broader: [], related: [], isco: [], taxonomyVersion: 'test' });
  return id;
}

async function talent(name: string, overrides: ProfilePatch) {
  const user = await buildUser({ role: 'talent' });
  await buildTalentProfile(user, { sensitive: SECRET, ...overrides });
  ids[name] = String(user._id);
  return user;
}

beforeAll(async () => {
  ctx = await startTestApp();
  const civil = await skillOf('engineering.civil-engineering-t', 'Génie civil', 'Civil engineering', 'الهندسة المدنية', ['BTP']);
  const tiling = await skillOf('construction.tiling-t', 'Carrelage', 'Tiling', 'التبليط');
  const nursing = await skillOf('health.nursing-t', 'Soins infirmiers', 'Nursing', 'التمريض');

  await talent('A', {
    kind: 'diaspora',
    country: 'FR',
    city: 'Toulouse',
    headline: 'Ingénieure en génie civil',
    summary: 'Vingt ans de chantiers de ponts et d’ouvrages d’art en France.',
    skills: [skill(civil, 3, 8)],
    languages: [{ code: 'fr', level: 'C1', native: true }, { code: 'ar', level: 'B1', native: false }],
    sectors: ['engineering'],
    interests: ['missions'],
    mobility: { remote: true, shortMissions: true, maxMissionWeeks: 4, relocation: false },
    availability: [window('2027-03-01', '2027-03-31')],
  });
  await Profile.updateOne({ _id: ids.A }, withSearchMark({ $set: { 'skills.0.verification': { status: 'verified', verifiedAt: new Date() } } }));
  await talent('B', {
    kind: 'migrant',
    country: 'MA',
    city: 'Casablanca',
    headline: 'Carreleur',
    skills: [skill(tiling, 4, 10)],
    languages: [{ code: 'fr', level: 'B1', native: false }, { code: 'bm', level: 'A1', native: true }],
    sectors: ['construction'],
    interests: ['employment'],
    mobility: { ...noMobility, relocation: true },
  });
  await Profile.updateOne({ _id: ids.B }, withSearchMark({ $set: { 'skills.0.verification': { status: 'verified', verifiedAt: new Date() } } }));
  await talent('C', { kind: 'returnee', country: 'MA', headline: 'Infirmier', skills: [skill(nursing, 2, 2)], languages: [{ code: 'ar', level: 'C1', native: false }], visibility: 'officers' });
  await talent('D', { kind: 'diaspora', country: 'BE', headline: 'Ingénieur caché', skills: [skill(civil, 4, 20)], visibility: 'hidden' });
  await talent('E', {
    kind: 'diaspora',
    country: 'DE',
    headline: 'Cheffe de projet',
    skills: [skill(civil, 2, 3), skill(nursing, 3, 5)],
    languages: [{ code: 'fr', level: 'B2', native: false }, { code: 'en', level: 'C1', native: false }],
    sectors: ['engineering', 'health'],
    interests: ['mentoring'],
    availability: [window('2027-05-01', '2027-05-10')],
  });
  await syncSearch(ctx);

  const org = await buildOrganisation({ kind: 'employer', status: 'verified' });
  employer = await signIn(ctx.app, await buildUser({ role: 'employer', organisationId: org._id }));
  const institution = await buildOrganisation({ kind: 'institution', status: 'verified' });
  officer = await signIn(ctx.app, await buildUser({ role: 'officer', organisationId: institution._id }));
});
afterAll(() => ctx.close());

/** The talents found (by their letter, sorted), asked as `who`. */
async function found(query: string, who: Browser = employer): Promise<string[]> {
  const res = await who.get(`/api/v1/talents/search?${query}`).expect(200);
  const letters = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v, k]));
  return TalentSearchResultSchema.parse(res.body).items.map((i) => letters[i.id]!).sort();
}

describe('GET /api/v1/talents/search', () => {
  it('is for verified employers and programme staff: 401 signed out, 403 for talents and pending organisations', async () => {
    await request(ctx.app).get('/api/v1/talents/search').expect(401);
    const talentBrowser = await signIn(ctx.app, await buildUser({ role: 'talent' }));
    expect((await talentBrowser.get('/api/v1/talents/search').expect(403)).body.error.code).toBe('forbidden');
    const pending = await buildOrganisation({ kind: 'employer', status: 'pending' });
    await (await signIn(ctx.app, await buildUser({ role: 'employer', organisationId: pending._id }))).get('/api/v1/talents/search').expect(403);
  });

  it('shows employers only profiles visible to verified organisations, officers also those for officers, nobody hidden ones', async () => {
    expect(await found('')).toEqual(['A', 'B', 'E']);
    expect(await found('', officer)).toEqual(['A', 'B', 'C', 'E']);
    // "ingenieur" finds "Ingénieure" (one letter apart), not the hidden "Ingénieur caché".
    expect(await found('q=ingenieur', officer)).toEqual(['A']);
  });

  it('filters by skills, all of them or any', async () => {
    expect(await found('skills=engineering.civil-engineering-t,health.nursing-t')).toEqual(['E']);
    expect(await found('skills=engineering.civil-engineering-t,health.nursing-t&skillsMode=any')).toEqual(['A', 'E']);
    expect(await found('skills=health.nursing-t&skillsMode=any', officer)).toEqual(['C', 'E']);
  });

  it('filters by language at a minimum CEFR level, a native language counting as C2', async () => {
    expect(await found('languages=fr:B2')).toEqual(['A', 'E']);
    expect(await found('languages=fr:C2')).toEqual(['A']);
    expect(await found('languages=fr:B1,bm:C1')).toEqual(['B']);
    expect(await found('languages=fr:B2,en:C1')).toEqual(['E']);
  });

  it('filters by country, kind, sector, interest and mobility', async () => {
    expect(await found('country=MA')).toEqual(['B']);
    expect(await found('country=FR,DE')).toEqual(['A', 'E']);
    expect(await found('kind=migrant')).toEqual(['B']);
    expect(await found('sector=health')).toEqual(['E']);
    expect(await found('interest=missions')).toEqual(['A']);
    expect(await found('mobility=remote')).toEqual(['A']);
    expect(await found('mobility=relocation')).toEqual(['B']);
    expect(await found('mobility=remote,relocation')).toEqual([]);
  });

  it('finds talents available during any part of a period', async () => {
    expect(await found('availableFrom=2027-03-20&availableTo=2027-04-15')).toEqual(['A']);
    expect(await found('availableFrom=2027-05-10')).toEqual(['E']);
    expect(await found('availableTo=2027-03-01')).toEqual(['A']);
    expect(await found('availableFrom=2027-04-01&availableTo=2027-04-30')).toEqual([]);
  });

  it('keeps only validated skills with verifiedOnly, and experienced talents with minYears', async () => {
    expect(await found('verifiedOnly=true')).toEqual(['A', 'B']);
    expect(await found('skills=engineering.civil-engineering-t&verifiedOnly=true')).toEqual(['A']);
    expect(await found('minYears=8')).toEqual(['A', 'B']);
    expect(await found('minYears=4')).toEqual(['A', 'B', 'E']);
  });

  it('counts each facet with the other filters applied but not its own', async () => {
    const res = await employer.get('/api/v1/talents/search?country=MA&lang=en').expect(200);
    const body = TalentSearchResultSchema.parse(res.body);
    expect(body.total).toBe(1);
    const counts = (facet: Array<{ value: string; count: number }>) => Object.fromEntries(facet.map((b) => [b.value, b.count]));
    // The country facet ignores country=MA: the employer may choose another country.
    expect(counts(body.facets.country)).toEqual({ FR: 1, MA: 1, DE: 1 });
    // The other facets count only the talents in Morocco.
    expect(counts(body.facets.kind)).toEqual({ migrant: 1 });
    expect(counts(body.facets.languages)).toEqual({ fr: 1, bm: 1 });
    expect(counts(body.facets.mobility)).toEqual({ relocation: 1 });
    expect(body.facets.skills).toEqual([{ value: 'construction.tiling-t', count: 1, label: 'Tiling' }]);

    const all = TalentSearchResultSchema.parse((await employer.get('/api/v1/talents/search?skills=health.nursing-t').expect(200)).body);
    expect(all.total).toBe(1);
    expect(all.facets.skills).toEqual([
      { value: 'engineering.civil-engineering-t', count: 2, label: 'Génie civil' },
      { value: 'construction.tiling-t', count: 1, label: 'Carrelage' },
      { value: 'health.nursing-t', count: 1, label: 'Soins infirmiers' },
    ]);
    expect(counts(all.facets.sector)).toEqual({ engineering: 1, health: 1 });
    expect(counts(all.facets.interest)).toEqual({ mentoring: 1 });
  });

  it('finds free text in any language and case, and highlights it as the talent wrote it', async () => {
    const res = await employer.get('/api/v1/talents/search?q=GENIE%20civil').expect(200);
    const body = TalentSearchResultSchema.parse(res.body);
    expect(body.items.map((i) => i.id)).toEqual([ids.A, ids.E]);
    expect(body.items[0]!.highlights).toEqual({ headline: 'Ingénieure en <em>génie</em> <em>civil</em>', skills: ['Génie civil'] });
    expect(body.items[1]!.highlights).toEqual({ skills: ['Génie civil'] });
    expect(body.items[0]!.score).toBeGreaterThan(body.items[1]!.score);

    expect(await found('q=الهندسة%20المدنية')).toEqual(['A', 'E']);
    expect(await found('q=btp')).toEqual(['A', 'E']);
    const summary = TalentSearchResultSchema.parse((await employer.get('/api/v1/talents/search?q=ouvrages%20art').expect(200)).body);
    expect(summary.items[0]!.highlights.summary).toBe('Vingt ans de chantiers de ponts et d’<em>ouvrages</em> d’<em>art</em> en France.');
  });

  it('answers skills in the requested language and languages at their declared level', async () => {
    const res = await employer.get('/api/v1/talents/search?country=FR&lang=ar').expect(200);
    const [a] = TalentSearchResultSchema.parse(res.body).items;
    expect(a).toMatchObject({
      id: ids.A,
      kind: 'diaspora',
      headline: 'Ingénieure en génie civil',
      country: 'FR',
      city: 'Toulouse',
      skills: [{ id: 'engineering.civil-engineering-t', label: 'الهندسة المدنية', level: 3, years: 8, verified: true }],
      languages: [{ code: 'fr', level: 'C1', native: true }, { code: 'ar', level: 'B1', native: false }],
    });
  });

  it('sorts the most recently updated first', async () => {
    await Profile.updateOne({ _id: ids.B }, withSearchMark({ $set: { city: 'Rabat' } }));
    await syncSearch(ctx);
    const res = await employer.get('/api/v1/talents/search?sort=recent').expect(200);
    expect(res.body.items.map((i: { id: string }) => i.id)).toEqual([ids.B, ids.E, ids.A]);
  });

  it('never holds nor answers a sensitive field', async () => {
    const raw = await ctx.search.search({ index: readAlias(ctx.config.ES_INDEX_PREFIX, 'profiles'), size: 100, query: { match_all: {} } });
    expect(raw.hits.hits.length).toBe(5);
    const answer = await officer.get('/api/v1/talents/search').expect(200);
    for (const text of [JSON.stringify(raw.hits.hits.map((h) => h._source)), JSON.stringify({ items: answer.body.items, facets: answer.body.facets })]) {
      for (const secret of ['ZW', 'asylum-seeker', 'woman', '1987', 'nationality', 'residenceStatus', 'gender', 'birthYear', 'sensitive', 'email', '@example.org']) {
        expect(text).not.toContain(secret);
      }
    }
  });

  it('refuses a damaged cursor, or one of another sort, on the cursor field', async () => {
    for (const cursor of ['not-a-cursor', Buffer.from(JSON.stringify({ s: 'recent', v: [1, ids.A] })).toString('base64url')]) {
      const res = await employer.get(`/api/v1/talents/search?cursor=${cursor}`).expect(400);
      expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'cursor', code: 'invalid_cursor' })]);
    }
    const bad = await employer.get('/api/v1/talents/search?languages=fr:Z9&limit=51').expect(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['languages.0', 'limit']);
  });

  describe('with free text naming taxonomy skills', () => {
    beforeAll(async () => {
      const names = (fr: string[], en: string[], ar: string[]) => ({ fr, en, ar });
      await Skill.create([
        { _id: 'health.nursing-q', sector: 'health', labels: { fr: 'Soins infirmiers', en: 'Nursing', ar: 'التمريض' }, synonyms: names(['infirmière'], ['nurse'], ['ممرضة']), broader: [], related: [], isco: [], taxonomyVersion: 'test' },
        {
          _id: 'health.icu-nursing-q',
          sector: 'health',
          labels: { fr: 'Soins infirmiers en réanimation', en: 'Intensive care nursing', ar: 'التمريض في العناية المركزة' },
          synonyms: names([], [], []),
          broader: ['health.nursing-q'],
          related: [],
          isco: [],
          taxonomyVersion: 'test',
        },
      ]);
      // Skills written straight to MongoDB: the taxonomy held in memory is read again, as after an approved change.
      forgetTaxonomySnapshot();
      const content: ProfilePatch = { kind: 'diaspora', country: 'FR', city: 'Lyon', languages: [{ code: 'fr', level: 'C2', native: true }] };
      // Written in French, with the specialty only: none of her words, nor her skill's names, say "nurse" or "ممرضة".
      await talent('F', { ...content, headline: 'Infirmière de réanimation au CHU', summary: 'Douze ans en soins critiques.', skills: [skill('health.icu-nursing-q', 4, 12)] });
      await talent('G', { ...content, headline: 'Infirmière de réanimation', skills: [skill('health.icu-nursing-q', 4, 10), skill('health.nursing-q', 4, 10)], visibility: 'hidden' });
      await talent('H', { ...content, country: 'MA', headline: 'ممرضة في قسم الإنعاش', skills: [skill('health.nursing-q', 3, 6)] });
      await syncSearch(ctx);
    });

    it('finds a talent who wrote in French when asked in Arabic or English, through the skill she holds, never a hidden one', async () => {
      for (const q of ['ممرضة', 'nurse']) {
        const res = await officer.get(`/api/v1/talents/search?q=${encodeURIComponent(q)}&lang=en`).expect(200);
        const body = TalentSearchResultSchema.parse(res.body);
        // H wrote "ممرضة" or holds the skill named "nurse"; F is found through her more specific skill; G is hidden.
        expect(body.items.map((i) => i.id)).toEqual([ids.H, ids.F]);
        expect(body.total).toBe(2);
        // The card marks the skill that brought her in, though none of her words matched.
        expect(body.items[1]!.highlights).toEqual({ skills: ['Intensive care nursing'] });
      }
      expect(await found(`q=${encodeURIComponent('ممرضة')}`, employer)).toEqual(['F', 'H']);
    });

    it('ranks a talent whose words say it above one found through her skills alone, and lists the named skill she holds', async () => {
      const res = await officer.get(`/api/v1/talents/search?q=${encodeURIComponent('ممرضة')}&lang=fr`).expect(200);
      const [h, f] = TalentSearchResultSchema.parse(res.body).items;
      expect([h!.id, f!.id]).toEqual([ids.H, ids.F]);
      expect(h!.score).toBeGreaterThan(f!.score);
      expect(h!.highlights).toEqual({ headline: '<em>ممرضة</em> في قسم الإنعاش', skills: ['Soins infirmiers'] });
      // Filters still apply to talents found through their skills.
      expect(await found(`q=${encodeURIComponent('ممرضة')}&country=FR`, officer)).toEqual(['F']);
    });
  });

  describe('a change of visibility', () => {
    let surveyor: Browser;
    beforeAll(async () => {
      surveyor = await signIn(ctx.app, await talent('V', { kind: 'diaspora', country: 'CA', headline: 'Géomètre topographe', skills: [] }));
      await syncSearch(ctx);
    });

    it('takes effect in search when the save answers, without waiting for the indexer (none runs here)', async () => {
      expect(await found('q=topographe')).toEqual(['V']);
      await surveyor.patch('/api/v1/me/profile', { visibility: 'hidden' }).expect(200);
      expect(await found('q=topographe')).toEqual([]);
      expect(await found('q=topographe', officer)).toEqual([]);
      await surveyor.patch('/api/v1/me/profile', { visibility: 'officers' }).expect(200);
      expect(await found('q=topographe')).toEqual([]);
      expect(await found('q=topographe', officer)).toEqual(['V']);
    });
  });

  describe('words', () => {
    beforeAll(async () => {
      await talent('W', { kind: 'diaspora', country: 'SN', headline: 'Formatrice en froid industriel', skills: [] });
      await talent('X', { kind: 'diaspora', country: 'SN', headline: 'Formateur en froid industriel', skills: [] });
      // Their own typo: found for "formateur" only by the typo net.
      await talent('Y', { kind: 'diaspora', country: 'SN', headline: 'Formatuer en froid industriel', skills: [] });
      await syncSearch(ctx);
    });

    const asked = async (query: string) => {
      const body = TalentSearchResultSchema.parse((await officer.get(`/api/v1/talents/search?${query}`).expect(200)).body);
      const letters = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v, k]));
      return { letters: body.items.map((i) => letters[i.id]), total: body.total, body };
    };

    it('finds the feminine and the masculine of a title, the one written first, and marks both', async () => {
      const { letters, body } = await asked('q=formateur&limit=1');
      expect(letters).toEqual(['X']);
      expect(body.total).toBe(2);
      const second = await asked(`q=formateur&limit=1&cursor=${body.nextCursor}`);
      expect(second.letters).toEqual(['W']);
      expect(second.body.items[0]!.highlights.headline).toBe('<em>Formatrice</em> en froid industriel');
      expect((await asked('q=formatrices')).letters.sort()).toEqual(['W', 'X']);
    });

    it('looks for words an edit or two away only when the words and their forms find no more than a page', async () => {
      // Two exact matches for a page of one: no typo net, every page asked the same way.
      expect((await asked('q=formateur&limit=1')).total).toBe(2);
      // A page of five holds them all: the typo net adds the talent who misspelt it (the word as written first).
      const { letters, total } = await asked('q=formateur&limit=5');
      expect(total).toBe(3);
      expect(letters[0]).toBe('X');
      expect(letters.slice(1).sort()).toEqual(['W', 'Y']);
      // A misspelt query finds the word through the net.
      expect((await asked('q=formatuer')).letters).toEqual(expect.arrayContaining(['X', 'Y']));
    });
  });
});
