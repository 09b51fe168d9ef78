import { ownedDocumentsRequest, eraseOwnedDocuments } from './erasure';
import { startTestApp, uniqueTestId, type TestContext } from '../testing/harness';

describe('ownedDocumentsRequest', () => {
  it("looks in every index of this deployment (and only this one's) for the owner's documents", () => {
    expect(ownedDocumentsRequest({ indexPrefix: 'kafaat_', ownerId: '65f0c0ffee0000000000abcd' })).toEqual({
      index: 'kafaat_*',
      query: { term: { ownerId: '65f0c0ffee0000000000abcd' } },
      _source: false,
      size: 500,
      ignore_unavailable: true,
      allow_no_indices: true,
    });
  });
});

describe('eraseOwnedDocuments on the real Elasticsearch', () => {
  let ctx: TestContext;
  const outside = `${uniqueTestId()}_outside`;
  beforeAll(async () => {
    ctx = await startTestApp();
  });
  afterAll(async () => {
    await ctx.search.indices.delete({ index: outside, ignore_unavailable: true });
    await ctx.close();
  });

  const count = async (index: string, ownerId: string) =>
    (await ctx.search.count({ index, query: { term: { ownerId } }, ignore_unavailable: true, allow_no_indices: true })).count;

  it("removes the owner's documents from every index of the deployment, even just indexed, and nothing else", async () => {
    const prefix = ctx.config.ES_INDEX_PREFIX;
    const owner = '65f0c0ffee0000000000aaaa';
    const other = '65f0c0ffee0000000000bbbb';
    await ctx.search.index({ index: `${prefix}profiles`, document: { ownerId: owner, name: 'A' }, refresh: true });
    await ctx.search.index({ index: `${prefix}documents`, document: { ownerId: owner, name: 'B' } });
    await ctx.search.index({ index: `${prefix}profiles`, document: { ownerId: other, name: 'C' }, refresh: true });
    await ctx.search.index({ index: outside, document: { ownerId: owner, name: 'D' }, refresh: true });

    expect(await eraseOwnedDocuments({ search: ctx.search, indexPrefix: prefix, ownerId: owner })).toBe(2);

    expect(await count(`${prefix}*`, owner)).toBe(0);
    expect(await count(`${prefix}*`, other)).toBe(1);
    expect(await count(outside, owner)).toBe(1);
    expect(await eraseOwnedDocuments({ search: ctx.search, indexPrefix: prefix, ownerId: owner })).toBe(0);
  });

  it('does nothing when the deployment has no index yet', async () => {
    expect(await eraseOwnedDocuments({ search: ctx.search, indexPrefix: `${uniqueTestId()}_`, ownerId: 'x' })).toBe(0);
  });
});
