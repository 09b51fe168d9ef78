import { describe, expect, it } from 'vitest';
import { TalentSearchQuerySchema } from '@kafaat/shared';
import { EMPTY_TALENT_FILTERS, talentFiltersFromParams, talentFiltersToParams, toggleFacet } from './talentFilters';

describe('talent search filters in the address', () => {
  it('writes every filter the way GET /talents/search reads it, defaults left out', () => {
    const params = talentFiltersToParams({
      ...EMPTY_TALENT_FILTERS,
      q: ' soudure ',
      skills: ['construction.welding', 'construction.tig-welding'],
      skillsMode: 'any',
      languages: [{ code: 'fr', minLevel: 'B2' }, { code: 'ar', minLevel: 'C1' }],
      country: ['FR', 'MA'],
      sector: ['construction'],
      mobility: ['remote', 'shortMissions'],
      availableFrom: '2027-03-01',
      verifiedOnly: true,
      minYears: 5,
      sort: 'recent',
    });
    expect(params.toString()).toBe(
      'q=soudure&skills=construction.welding%2Cconstruction.tig-welding&skillsMode=any&languages=fr%3AB2%2Car%3AC1&country=FR%2CMA&sector=construction&mobility=remote%2CshortMissions&availableFrom=2027-03-01&verifiedOnly=true&minYears=5&sort=recent',
    );
    expect(TalentSearchQuerySchema.safeParse(Object.fromEntries(params)).success).toBe(true);
    expect(talentFiltersFromParams(params)).toMatchObject({ q: 'soudure', skillsMode: 'any', minYears: 5, verifiedOnly: true });
    expect(talentFiltersToParams(EMPTY_TALENT_FILTERS).toString()).toBe('');
  });

  it('reads a hand-edited address leniently: unknown values are dropped, not an error page', () => {
    const filters = talentFiltersFromParams(new URLSearchParams('sector=health,nope&languages=fr:B2,xx:B2,ar:Z9&country=fr,MA&minYears=-3&availableFrom=tomorrow&sort=old'));
    expect(filters).toEqual({ ...EMPTY_TALENT_FILTERS, sector: ['health'], languages: [{ code: 'fr', minLevel: 'B2' }], country: ['MA'] });
  });

  it('ticks a language facet at any level, and unticks it whatever level was asked', () => {
    const ticked = toggleFacet(EMPTY_TALENT_FILTERS, 'languages', 'fr', true);
    expect(ticked.languages).toEqual([{ code: 'fr', minLevel: 'A1' }]);
    expect(toggleFacet({ ...ticked, languages: [{ code: 'fr', minLevel: 'C1' }] }, 'languages', 'fr', false).languages).toEqual([]);
    expect(toggleFacet(EMPTY_TALENT_FILTERS, 'sector', 'health', true).sector).toEqual(['health']);
  });
});
