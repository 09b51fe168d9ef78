import { SavedSearchCreateSchema, SavedSearchFiltersInputSchema, SavedSearchFiltersSchema, SavedSearchUpdateSchema, savedSearchParams, savedSearchQueryString } from './savedSearch';

describe('saved search filters', () => {
  it('takes the talent search’s query parameters, stores them parsed, and runs again from its canonical query string', () => {
    const sent = { q: ' ingénieur civil ', skills: 'it-data.sql,it-data.nodejs', skillsMode: 'any', languages: 'fr:B2,ar:C1', country: 'MA,FR', kind: 'diaspora', mobility: 'remote', availableFrom: '2027-01-01', verifiedOnly: 'true', minYears: '3' };
    const parsed = SavedSearchFiltersInputSchema.parse(sent);
    expect(parsed).toEqual({
      q: 'ingénieur civil',
      skills: ['it-data.sql', 'it-data.nodejs'],
      skillsMode: 'any',
      languages: [{ code: 'fr', minLevel: 'B2' }, { code: 'ar', minLevel: 'C1' }],
      country: ['MA', 'FR'],
      kind: ['diaspora'],
      mobility: ['remote'],
      availableFrom: '2027-01-01',
      verifiedOnly: true,
      minYears: 3,
    });
    expect(SavedSearchFiltersSchema.parse(parsed)).toEqual(parsed);
    const query = savedSearchQueryString(parsed);
    expect(query).toBe('q=ing%C3%A9nieur+civil&skills=it-data.sql%2Cit-data.nodejs&skillsMode=any&languages=fr%3AB2%2Car%3AC1&country=MA%2CFR&kind=diaspora&mobility=remote&availableFrom=2027-01-01&verifiedOnly=true&minYears=3');
    // A link to /search?<query> shows the same search (the search page parses it with the same schema).
    expect(SavedSearchFiltersInputSchema.parse(Object.fromEntries(new URLSearchParams(query)))).toEqual(parsed);
  });

  it('leaves defaults out of the query string: no filter at all runs a plain search', () => {
    expect(savedSearchQueryString(SavedSearchFiltersInputSchema.parse({}))).toBe('');
  });

  it('refuses what the talent search refuses: unknown parameters, paging, bad values, dates in the wrong order', () => {
    expect(SavedSearchFiltersInputSchema.safeParse({ cursor: 'abc' }).success).toBe(false);
    expect(SavedSearchFiltersInputSchema.safeParse({ sort: 'recent' }).success).toBe(false);
    expect(SavedSearchFiltersInputSchema.safeParse({ languages: 'fr' }).success).toBe(false);
    const dates = SavedSearchFiltersInputSchema.safeParse({ availableFrom: '2027-02-01', availableTo: '2027-01-01' });
    expect(dates.error?.issues[0]?.path).toEqual(['availableTo']);
  });

  it('picks the filters out of a search page address, without paging, order or language', () => {
    const params = new URLSearchParams('q=béton&country=MA&sort=recent&cursor=xyz&limit=10&lang=ar&skills=&page=2');
    expect(savedSearchParams(params)).toEqual({ q: 'béton', country: 'MA' });
    expect(savedSearchParams({ q: '  ', minYears: '2', sort: 'recent' })).toEqual({ minYears: '2' });
  });
});

describe('SavedSearchCreateSchema and SavedSearchUpdateSchema', () => {
  it('needs a name of 1 to 80 characters and turns alerts on unless told otherwise', () => {
    expect(SavedSearchCreateSchema.parse({ name: ' Génie civil ', filters: { country: 'MA' } })).toEqual({ name: 'Génie civil', filters: { country: ['MA'], skillsMode: 'all', verifiedOnly: false }, alerts: true });
    expect(SavedSearchCreateSchema.safeParse({ name: '   ', filters: {} }).error?.issues[0]?.path).toEqual(['name']);
    expect(SavedSearchCreateSchema.safeParse({ name: 'x'.repeat(81), filters: {} }).success).toBe(false);
    expect(SavedSearchUpdateSchema.safeParse({}).success).toBe(false);
    expect(SavedSearchUpdateSchema.parse({ alerts: false })).toEqual({ alerts: false });
  });
});
