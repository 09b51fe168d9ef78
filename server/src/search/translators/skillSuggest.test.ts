import { buildSkillSuggestQuery } from './skillSuggest';

describe('buildSkillSuggestQuery', () => {
  it('ranks an exact label, then a whole synonym, then prefixes, then typo-tolerant matches', () => {
    const query = buildSkillSuggestQuery('genie civil', 5);
    expect(query.size).toBe(5);
    expect(query._source).toEqual(['sector', 'labels']);
    expect(query.query?.bool?.minimum_should_match).toBe(1);
    expect(query.query?.bool?.should).toEqual([
      { term: { label_exact: { value: 'genie civil', boost: 10 } } },
      { match_phrase: { synonym_terms: { query: 'genie civil', boost: 6 } } },
      { match_bool_prefix: { label_terms: { query: 'genie civil', operator: 'and', boost: 4 } } },
      { match_bool_prefix: { synonym_terms: { query: 'genie civil', operator: 'and', boost: 2 } } },
      { match: { label_terms: { query: 'genie civil', operator: 'and', fuzziness: 'AUTO', prefix_length: 1, boost: 1 } } },
      { match: { synonym_terms: { query: 'genie civil', fuzziness: 'AUTO', prefix_length: 1, boost: 0.2 } } },
    ]);
  });
});
