import type { estypes } from '@elastic/elasticsearch';

/**
 * Builds the skill picker's query (pure; tested by the JSON it builds). The text is folded by the caller
 * (shared foldText), as the indexed terms are: this Elasticsearch has no accent or Arabic normalisation of
 * its own. Exact label > whole synonym > every word as a label prefix > as a synonym prefix > every word
 * within a typo > any word within a typo (recall for long queries with one wrong word).
 */
export function buildSkillSuggestQuery(folded: string, limit: number): estypes.SearchRequest {
  return {
    size: limit,
    _source: ['sector', 'labels'],
    query: {
      bool: {
        should: [
          { term: { label_exact: { value: folded, boost: 10 } } },
          { match_phrase: { synonym_terms: { query: folded, boost: 6 } } },
          { match_bool_prefix: { label_terms: { query: folded, operator: 'and', boost: 4 } } },
          { match_bool_prefix: { synonym_terms: { query: folded, operator: 'and', boost: 2 } } },
          { match: { label_terms: { query: folded, operator: 'and', fuzziness: 'AUTO', prefix_length: 1, boost: 1 } } },
          { match: { synonym_terms: { query: folded, fuzziness: 'AUTO', prefix_length: 1, boost: 0.2 } } },
        ],
        minimum_should_match: 1,
      },
    },
  };
}
