import request from 'supertest';
import { startTestApp, type TestContext } from '../../testing/harness';
import { loadTaxonomy } from '../../services/taxonomy/taxonomyLoader';
import { readTaxonomy } from '../../services/taxonomy/taxonomyReader';
import { Skill } from '../../models/Skill';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
  await loadTaxonomy(ctx.services);
});
afterAll(() => ctx.close());

const suggest = (q: string, lang = 'fr') => request(ctx.app).get('/api/v1/skills/suggest').query({ q, lang }).expect(200);

describe('GET /api/v1/skills/suggest', () => {
  it.each(['genie civil', 'Génie Civil', 'GÉNIE CIVIL', 'الهندسة المدنية', 'الهَندسة المدنيّة', 'civil engineering'])(
    '"%s" finds civil engineering first',
    async (q) => {
      const res = await suggest(q);
      expect(res.body.items[0]).toMatchObject({ id: 'engineering.civil-engineering', label: 'Génie civil', sector: 'engineering' });
    },
  );

  it('finds it while the user is still typing, and despite a typo', async () => {
    expect((await suggest('genie civ')).body.items.map((s: { id: string }) => s.id)).toContain('engineering.civil-engineering');
    expect((await suggest('genei civil')).body.items.map((s: { id: string }) => s.id)).toContain('engineering.civil-engineering');
  });

  it('finds a skill by a synonym and labels it in the requested language', async () => {
    const res = await suggest('ingénierie civile', 'ar');
    expect(res.body.items[0]).toMatchObject({ id: 'engineering.civil-engineering', label: 'الهندسة المدنية' });
  });

  it('refuses an empty or oversized query with a field-level 400', async () => {
    const res = await request(ctx.app).get('/api/v1/skills/suggest').query({ q: '   ' }).expect(400);
    expect(res.body.error.details[0]).toMatchObject({ path: 'q', location: 'query' });
    await request(ctx.app).get('/api/v1/skills/suggest').query({ q: 'x'.repeat(81) }).expect(400);
  });
});

describe('GET /api/v1/occupations', () => {
  it('lists the ISCO-08 groups with their parents and names in the three languages', async () => {
    const res = await request(ctx.app).get('/api/v1/occupations').expect(200);
    const byCode = new Map(res.body.groups.map((g: { code: string }) => [g.code, g]));
    expect(byCode.get('2')).toMatchObject({ level: 'major', parent: null });
    expect(byCode.get('214')).toMatchObject({ level: 'minor', parent: '21', labels: { en: expect.stringMatching(/engineering/i) } });
    expect(res.body.groups.filter((g: { level: string }) => g.level === 'major')).toHaveLength(10);
  });
});

describe('loading the taxonomy', () => {
  it('stores every skill in MongoDB and does nothing the second time', async () => {
    const taxonomy = readTaxonomy();
    expect(taxonomy.skills.length).toBeGreaterThanOrEqual(600);
    expect(await Skill.countDocuments()).toBe(taxonomy.skills.length);
    expect(await loadTaxonomy(ctx.services)).toEqual({ version: taxonomy.version, stored: false, indexed: false });
  });

  it('swaps in a new version behind the alias and drops skills removed from the files', async () => {
    const taxonomy = readTaxonomy();
    const smaller = { version: 'test-v2', skills: taxonomy.skills.filter((s) => s.sector === 'engineering') };
    expect(await loadTaxonomy(ctx.services, smaller)).toMatchObject({ stored: true, indexed: true });
    expect(await Skill.countDocuments()).toBe(smaller.skills.length);
    const res = await suggest('comptabilité');
    expect(res.body.items.every((s: { sector: string }) => s.sector === 'engineering')).toBe(true);
    await loadTaxonomy(ctx.services, taxonomy);
  });
});
