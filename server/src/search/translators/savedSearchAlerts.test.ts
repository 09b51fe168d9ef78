import { SavedSearchFiltersInputSchema } from '@kafaat/shared';
import { buildNewMatchesQuery } from './savedSearchAlerts';
import { buildTalentSearchQuery, type TalentSearchInput } from './talentSearch';

const changedAfter = new Date('2027-01-10T08:00:00.000Z');
const CHANGED = { range: { updated_at: { gt: '2027-01-10T08:00:00.000Z' } } };

/** The talent search's input with nothing chosen, as the search page starts. */
const NOTHING: TalentSearchInput = { q: null, skills: [], skillsMode: 'all', languages: [], country: [], kind: [], sector: [], interest: [], mobility: [], verifiedOnly: false, sort: 'recent', limit: 100, visibilities: ['verified-organisations'] };

describe('buildNewMatchesQuery', () => {
  it('is the talent search’s own query for the saved filters (free text folded), plus "changed after the last check"', () => {
    const filters = SavedSearchFiltersInputSchema.parse({ q: 'Génie civil', skills: 'engineering.civil-engineering', verifiedOnly: 'true', country: 'MA', minYears: '3' });
    const request = buildNewMatchesQuery({ filters, visibilities: ['verified-organisations'], changedAfter, size: 100 });
    const talent = buildTalentSearchQuery({ ...NOTHING, q: 'genie civil', skills: ['engineering.civil-engineering'], verifiedOnly: true, country: ['MA'], minYears: 3 });
    // If this drifts from the search, an alert could name a talent that running the search does not show.
    expect(request.query).toEqual({ bool: { ...talent.query!.bool, filter: [...(talent.query!.bool!.filter as object[]), CHANGED] } });
    expect(request.post_filter).toEqual(talent.post_filter);
  });

  it('asks for who matches, oldest change first, without facets, highlights or totals', () => {
    const filters = SavedSearchFiltersInputSchema.parse({ country: 'MA', languages: 'fr:B2' });
    expect(buildNewMatchesQuery({ filters, visibilities: ['verified-organisations'], changedAfter, size: 100 })).toEqual({
      size: 100,
      track_total_hits: false,
      _source: ['id', 'displayName', 'updated_at'],
      query: { bool: { filter: [{ terms: { visibility: ['verified-organisations'] } }, CHANGED] } },
      post_filter: {
        bool: {
          filter: [
            { term: { language_levels: 'fr:4' } },
            { terms: { country: ['MA'] } },
          ],
        },
      },
      sort: [{ updated_at: { order: 'asc' } }, { id: 'asc' }],
    });
  });

  it('resumes after the last profile of the previous page', () => {
    const filters = SavedSearchFiltersInputSchema.parse({});
    const request = buildNewMatchesQuery({ filters, visibilities: ['verified-organisations', 'officers'], changedAfter, size: 50, searchAfter: [1768000000000, 'abc'] });
    expect(request).toEqual({
      size: 50,
      track_total_hits: false,
      _source: ['id', 'displayName', 'updated_at'],
      query: { bool: { filter: [{ terms: { visibility: ['verified-organisations', 'officers'] } }, CHANGED] } },
      sort: [{ updated_at: { order: 'asc' } }, { id: 'asc' }],
      search_after: [1768000000000, 'abc'],
    });
  });
});
