import { buildOpportunitySearchQuery, type OpportunitySearchInput } from './opportunitySearch';
import { freeText } from './talentSearch';

const base: OpportunitySearchInput = { q: null, type: [], sector: [], locationMode: [], country: [], sort: 'relevance', today: '2027-01-15', limit: 10 };
const open = [
  { term: { status: 'published' } },
  { bool: { should: [{ range: { deadline: { gte: '2027-01-15' } } }, { bool: { must_not: [{ exists: { field: 'deadline' } }] } }], minimum_should_match: 1 } },
];
const facet = (field: string, filter: unknown = { match_all: {} }) => ({ filter, aggs: { values: { terms: { field, size: 20 } } } });

describe('buildOpportunitySearchQuery', () => {
  it('only ever finds published opportunities whose deadline has not passed', () => {
    expect(buildOpportunitySearchQuery(base)).toEqual({
      size: 11,
      track_total_hits: true,
      track_scores: true,
      _source: ['id', 'type', 'organisation', 'titles', 'descriptions', 'sector', 'location', 'dates', 'deadline', 'published_at'],
      query: { bool: { filter: open } },
      aggs: { type: facet('type'), sector: facet('sector'), locationMode: facet('location.mode') },
      sort: [{ _score: { order: 'desc' } }, { id: 'asc' }],
    });
  });

  it('filters by place and by dates overlapping the period (undated ones included), with facets ignoring their own filter', () => {
    const query = buildOpportunitySearchQuery({ ...base, q: 'sage femme', type: ['mission'], locationMode: ['onsite', 'hybrid'], country: ['MA'], city: 'fes', from: '2027-03-01', to: '2027-03-31', sort: 'deadline' });
    expect(query.query).toEqual({
      bool: {
        must: [
          // The talents' free text, on the opportunities' fields (typos included: opportunities are few).
          freeText('sage femme', ['title_text^3', 'skill_text^2', 'description_text']),
        ],
        filter: [
          ...open,
          { terms: { 'location.country': ['MA'] } },
          { term: { 'location.city_key': 'fes' } },
          { bool: { should: [{ range: { dates: { gte: '2027-03-01', lte: '2027-03-31', relation: 'intersects' } } }, { bool: { must_not: [{ exists: { field: 'dates' } }] } }], minimum_should_match: 1 } },
        ],
      },
    });
    const type = { terms: { type: ['mission'] } };
    const mode = { terms: { 'location.mode': ['onsite', 'hybrid'] } };
    expect(query.post_filter).toEqual({ bool: { filter: [type, mode] } });
    expect(query.aggs).toEqual({
      type: facet('type', { bool: { filter: [mode] } }),
      sector: facet('sector', { bool: { filter: [type, mode] } }),
      locationMode: facet('location.mode', { bool: { filter: [type] } }),
    });
    expect(query.sort).toEqual([{ deadline: { order: 'asc', missing: 253402214400000 } }, { id: 'asc' }]);
    expect(query.highlight).toEqual({ pre_tags: ['<em>'], post_tags: ['</em>'], fields: { title_text: { number_of_fragments: 0 }, description_text: { fragment_size: 160, number_of_fragments: 1 } } });
  });
});
