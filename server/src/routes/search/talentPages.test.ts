import { TalentSearchResultSchema } from '@kafaat/shared';
import { startTestApp, type TestContext } from '../../testing/harness';
import { buildOrganisation, buildTalentProfile, buildUser } from '../../testing/factories';
import { signIn } from '../../testing/session';
import { syncSearch } from '../../testing/search';
import type { Browser } from '../../testing/client';

let ctx: TestContext;
let employer: Browser;
const all = new Set<string>();
const COUNT = 23;

beforeAll(async () => {
  ctx = await startTestApp();
  for (let i = 0; i < COUNT; i += 1) {
    const user = await buildUser({ role: 'talent' });
    // Headlines repeat the word a varying number of times, so relevance scores differ and also tie.
    await buildTalentProfile(user, { headline: `Guide ${'montagne '.repeat((i % 4) + 1)}`.trim(), country: 'CH' });
    all.add(String(user._id));
  }
  await syncSearch(ctx);
  const org = await buildOrganisation({ kind: 'employer', status: 'verified' });
  employer = await signIn(ctx.app, await buildUser({ role: 'employer', organisationId: org._id }));
});
afterAll(() => ctx.close());

/** Follows nextCursor to the end, returning every id in page order and the number of pages. */
async function everyPage(query: string): Promise<{ ids: string[]; pages: number; totals: number[] }> {
  const ids: string[] = [];
  const totals: number[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const url: string = `/api/v1/talents/search?${query}&limit=5${cursor ? `&cursor=${cursor}` : ''}`;
    const body = TalentSearchResultSchema.parse((await employer.get(url).expect(200)).body);
    ids.push(...body.items.map((i) => i.id));
    totals.push(body.total);
    cursor = body.nextCursor;
    pages += 1;
  } while (cursor && pages < 20);
  return { ids, pages, totals };
}

describe('GET /api/v1/talents/search pages', () => {
  it.each(['sort=relevance&q=montagne', 'sort=relevance', 'sort=recent'])('walks every result once, without duplicates or gaps (%s)', async (query) => {
    const { ids, pages, totals } = await everyPage(query);
    expect(pages).toBe(Math.ceil(COUNT / 5));
    expect(ids).toHaveLength(COUNT);
    expect(new Set(ids)).toEqual(all);
    expect(new Set(totals)).toEqual(new Set([COUNT]));
  });

  it('counts the facets on the first page only: the pages after it keep the first page’s counts', async () => {
    const first = TalentSearchResultSchema.parse((await employer.get('/api/v1/talents/search?limit=5').expect(200)).body);
    expect(first.facets.kind.reduce((sum, b) => sum + b.count, 0)).toBe(COUNT);
    const second = TalentSearchResultSchema.parse((await employer.get(`/api/v1/talents/search?limit=5&cursor=${first.nextCursor}`).expect(200)).body);
    expect(second.items).toHaveLength(5);
    expect(second.total).toBe(COUNT);
    expect(Object.values(second.facets).every((buckets) => buckets.length === 0)).toBe(true);
  });

  it('orders relevance pages by score, best first', async () => {
    const scores: number[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/talents/search?q=montagne&limit=4${cursor ? `&cursor=${cursor}` : ''}`;
      const body = TalentSearchResultSchema.parse((await employer.get(url).expect(200)).body);
      scores.push(...body.items.map((i) => i.score));
      cursor = body.nextCursor;
    } while (cursor);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
