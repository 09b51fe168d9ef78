import { buildTalentSearchQuery, freeText, splitFacetCounts, type TalentSearchInput } from './talentSearch';

const base: TalentSearchInput = {
  q: null,
  skills: [],
  skillsMode: 'all',
  languages: [],
  country: [],
  kind: [],
  sector: [],
  interest: [],
  mobility: [],
  verifiedOnly: false,
  sort: 'relevance',
  limit: 20,
  visibilities: ['verified-organisations'],
};

const facetAggs = (filters: Record<string, unknown>) => ({
  skills: { filter: filters.skills ?? { match_all: {} }, aggs: { values: { terms: { field: 'skill_ids', size: 20 } } } },
  languages: { filter: filters.languages ?? { match_all: {} }, aggs: { values: { terms: { field: 'language_codes', size: 30 } } } },
  country: { filter: filters.country ?? { match_all: {} }, aggs: { values: { terms: { field: 'country', size: 50 } } } },
  kind: { filter: filters.kind ?? { match_all: {} }, aggs: { values: { terms: { field: 'kind', size: 3 } } } },
  sector: { filter: filters.sector ?? { match_all: {} }, aggs: { values: { terms: { field: 'sectors', size: 20 } } } },
  interest: { filter: filters.interest ?? { match_all: {} }, aggs: { values: { terms: { field: 'interests', size: 10 } } } },
  mobility: {
    filter: filters.mobility ?? { match_all: {} },
    aggs: { values: { filters: { filters: { remote: { term: { 'mobility.remote': true } }, shortMissions: { term: { 'mobility.shortMissions': true } }, relocation: { term: { 'mobility.relocation': true } } } } } },
  },
});

describe('freeText', () => {
  const fields = ['headline_text^3', 'summary_text'];
  const asWritten = { multi_match: { query: 'infirmiere icu', fields, type: 'cross_fields', operator: 'and', boost: 2 } };

  it('requires every word or another form of it, the words as written scoring, forms only filtering', () => {
    expect(freeText('infirmiere icu', fields, false)).toEqual({
      bool: {
        filter: [
          { multi_match: { query: 'infirmiere infirmieres infirmier infirmiers', fields, type: 'cross_fields', operator: 'or', zero_terms_query: 'all' } },
          { multi_match: { query: 'icu', fields, type: 'cross_fields', operator: 'or', zero_terms_query: 'all' } },
        ],
        should: [asWritten],
      },
    });
    // No word with another form: the words as written alone.
    expect(freeText('ia c++', fields, false)).toEqual({ multi_match: { query: 'ia c++', fields, type: 'cross_fields', operator: 'and', boost: 2 } });
  });

  it('adds words an edit or two away in one field when typos are asked for', () => {
    expect(freeText('infirmiere icu', fields)).toEqual({
      bool: {
        should: [freeText('infirmiere icu', fields, false), { multi_match: { query: 'infirmiere icu', fields, type: 'best_fields', operator: 'and', fuzziness: 'AUTO', prefix_length: 1 } }],
        minimum_should_match: 1,
      },
    });
  });
});

describe('buildTalentSearchQuery', () => {
  it('without criteria: only what the searcher may see, every facet, relevance then id', () => {
    expect(buildTalentSearchQuery(base)).toEqual({
      size: 21,
      track_total_hits: true,
      track_scores: true,
      _source: ['id', 'displayName', 'kind', 'headline', 'summary', 'country', 'city', 'skills', 'languages'],
      query: { bool: { filter: [{ terms: { visibility: ['verified-organisations'] } }] } },
      aggs: facetAggs({}),
      sort: [{ _score: { order: 'desc' } }, { id: 'asc' }],
    });
  });

  it('puts faceted filters in post_filter and, in each facet, every filter but its own', () => {
    const query = buildTalentSearchQuery({ ...base, skills: ['health.a', 'health.b'], country: ['FR', 'BE'], mobility: ['remote'] });
    const skills = [{ term: { skill_ids: 'health.a' } }, { term: { skill_ids: 'health.b' } }];
    const country = { terms: { country: ['FR', 'BE'] } };
    const remote = { term: { 'mobility.remote': true } };
    expect(query.post_filter).toEqual({ bool: { filter: [...skills, country, remote] } });
    expect(query.aggs).toEqual(
      facetAggs({
        skills: { bool: { filter: [country, remote] } },
        languages: { bool: { filter: [...skills, country, remote] } },
        country: { bool: { filter: [...skills, remote] } },
        kind: { bool: { filter: [...skills, country, remote] } },
        sector: { bool: { filter: [...skills, country, remote] } },
        interest: { bool: { filter: [...skills, country, remote] } },
        mobility: { bool: { filter: [...skills, country] } },
      }),
    );
  });

  it('asks for any of the skills with skillsMode any, and only validated ones with verifiedOnly', () => {
    expect(buildTalentSearchQuery({ ...base, skills: ['health.a', 'health.b'], skillsMode: 'any', verifiedOnly: true }).post_filter).toEqual({
      bool: { filter: [{ terms: { verified_skill_ids: ['health.a', 'health.b'] } }] },
    });
    expect(buildTalentSearchQuery({ ...base, verifiedOnly: true }).query).toEqual({
      bool: { filter: [{ terms: { visibility: ['verified-organisations'] } }, { exists: { field: 'verified_skill_ids' } }] },
    });
  });

  it('checks each language with its minimum level as one term (the document lists every level reached)', () => {
    expect(buildTalentSearchQuery({ ...base, languages: [{ code: 'fr', minLevel: 4 }] }).post_filter).toEqual({
      bool: { filter: [{ term: { language_levels: 'fr:4' } }] },
    });
  });

  it('narrows everything by free text, availability overlap and years, and leaves highlighting to the app', () => {
    const query = buildTalentSearchQuery({ ...base, q: 'genie civil', availableFrom: '2027-03-01', availableTo: '2027-03-20', minYears: 5, visibilities: ['verified-organisations', 'officers'] });
    expect(query.query).toEqual({
      bool: {
        must: [freeText('genie civil', ['headline_text^3', 'skill_text^2', 'summary_text'])],
        filter: [
          { terms: { visibility: ['verified-organisations', 'officers'] } },
          { range: { availability: { gte: '2027-03-01', lte: '2027-03-20', relation: 'intersects' } } },
          { range: { years_experience: { gte: 5 } } },
        ],
      },
    });
    expect(query.post_filter).toBeUndefined();
    // Highlights are marked by the app on the page returned (search/talents.ts), not by Elasticsearch.
    expect(query.highlight).toBeUndefined();
  });

  it('lets a talent holding every skill the text names (or a stand-in) match whatever language they wrote in, the words still ranking', () => {
    const fields = ['headline_text^3', 'skill_text^2', 'summary_text'];
    const query = buildTalentSearchQuery({
      ...base,
      q: 'developpeur node.js',
      querySkills: {
        required: [['it.dev', 'it.java'], ['it.node', 'it.js']],
        exact: ['it.dev', 'it.node'],
        close: { narrower: ['it.java'], related: ['it.js'], broader: ['it.backend'] },
      },
    });
    expect(query.query).toEqual({
      bool: {
        must: [
          {
            bool: {
              must: [
                {
                  bool: {
                    should: [
                      freeText('developpeur node.js', fields),
                      // One skill of each name held, like every word in the text.
                      { bool: { filter: [{ terms: { skill_ids: ['it.dev', 'it.java'] } }, { terms: { skill_ids: ['it.node', 'it.js'] } }] } },
                    ],
                    minimum_should_match: 1,
                  },
                },
              ],
              // Constant scores: the named skills most, a close one by how close (a broader one only ranks).
              should: [
                { terms: { skill_ids: ['it.dev', 'it.node'], boost: 30 } },
                { terms: { skill_ids: ['it.java'], boost: 22.5 } },
                { terms: { skill_ids: ['it.js'], boost: 15 } },
                { terms: { skill_ids: ['it.backend'], boost: 12 } },
              ],
            },
          },
        ],
        filter: [{ terms: { visibility: ['verified-organisations'] } }],
      },
    });
    // Facets and their filters do not change: only the query does.
    expect(query.aggs).toEqual(buildTalentSearchQuery({ ...base, q: 'developpeur node.js' }).aggs);
  });

  it('keeps free text alone when the text names no skill, and ignores named skills without text', () => {
    const none = { required: [], exact: [], close: { narrower: [], related: [], broader: [] } };
    expect(buildTalentSearchQuery({ ...base, q: 'genie civil', querySkills: none }).query).toEqual(buildTalentSearchQuery({ ...base, q: 'genie civil' }).query);
    const named = { required: [['t.a']], exact: ['t.a'], close: { narrower: [], related: [], broader: [] } };
    expect(buildTalentSearchQuery({ ...base, q: null, querySkills: named }).query).toEqual({ bool: { filter: [{ terms: { visibility: ['verified-organisations'] } }] } });
    // No empty terms clause for a relation without skills.
    const bool = buildTalentSearchQuery({ ...base, q: 'a', querySkills: named }).query!.bool!.must as Array<{ bool: { should: unknown[] } }>;
    expect(bool[0]!.bool.should).toEqual([{ terms: { skill_ids: ['t.a'], boost: 30 } }]);
  });

  it('asks for typos unless told not to', () => {
    expect(buildTalentSearchQuery({ ...base, q: 'soudeur', typos: false }).query!.bool!.must).toEqual([freeText('soudeur', ['headline_text^3', 'skill_text^2', 'summary_text'], false)]);
    expect(buildTalentSearchQuery({ ...base, q: 'soudeur' }).query!.bool!.must).toEqual([freeText('soudeur', ['headline_text^3', 'skill_text^2', 'summary_text'], true)]);
  });

  it('leaves the facets out when asked (pages after the first)', () => {
    const query = buildTalentSearchQuery({ ...base, facets: false, country: ['MA'] });
    expect(query.aggs).toBeUndefined();
    expect(query.post_filter).toEqual({ bool: { filter: [{ terms: { country: ['MA'] } }] } });
  });

  it('sorts recent first with the id as tie-breaker and continues after the cursor', () => {
    const query = buildTalentSearchQuery({ ...base, sort: 'recent', searchAfter: [1767225600000, '65f0c0ffee0000000000abcd'] });
    expect(query.sort).toEqual([{ updated_at: { order: 'desc', missing: 0 } }, { id: 'asc' }]);
    expect(query.search_after).toEqual([1767225600000, '65f0c0ffee0000000000abcd']);
  });

  it('counts facets in a request of their own, with the query and without hits, sorting or post_filter', () => {
    const body = buildTalentSearchQuery({ ...base, q: 'genie civil', country: ['MA'] });
    const { page, counts } = splitFacetCounts(body);
    const { aggs, ...withoutAggs } = body;
    expect(page).toEqual(withoutAggs);
    expect(counts).toEqual({ size: 0, track_total_hits: false, query: body.query, aggs });
    // The same search asked again is the same counts request, byte for byte: what the request cache keys on.
    expect(JSON.stringify(splitFacetCounts(buildTalentSearchQuery({ ...base, q: 'genie civil', country: ['MA'], sort: 'recent' })).counts)).toBe(JSON.stringify(counts));
    expect(splitFacetCounts(buildTalentSearchQuery({ ...base, facets: false })).counts).toBeNull();
  });
});
