/**
 * The candidate queries of matching, by the exact JSON they build and then against the real Elasticsearch.
 * When they fail, a match list misses talents or opportunities that fit, or shows some the asker may not see.
 */
import { createSearchClient, type SearchClient } from '../client';
import { uniqueTestId } from '../../testing/harness';
import { OPPORTUNITIES_MAPPING, toOpportunityDoc } from '../mappings/opportunities';
import { PROFILES_MAPPING, toProfileDoc } from '../mappings/profiles';
import { buildOpportunityCandidatesQuery, buildTalentCandidatesQuery, type TalentCandidatesInput } from './matchCandidates';

const talentInput: TalentCandidatesInput = {
  mustHave: { exact: ['it-data.backend-development'], close: ['it-data.nodejs'] },
  niceToHave: { exact: ['it-data.sql'], close: [] },
  languages: [{ code: 'en', minLevel: 4 }],
  type: 'mission',
  location: { mode: 'onsite', country: 'MA', city: 'Rabat' },
  period: { from: '2027-03-01', to: '2027-03-12' },
  visibilities: ['verified-organisations'],
  size: 500,
};

describe('buildTalentCandidatesQuery', () => {
  it('keeps visible talents holding a skill asked for or close to one, and boosts what fits', () => {
    expect(buildTalentCandidatesQuery(talentInput)).toEqual({
      size: 500,
      track_total_hits: false,
      _source: ['id', 'displayName', 'kind', 'headline', 'country', 'city', 'skills', 'languages', 'mobility', 'availability'],
      query: {
        bool: {
          filter: [{ terms: { visibility: ['verified-organisations'] } }, { terms: { skill_ids: ['it-data.backend-development', 'it-data.nodejs', 'it-data.sql'] } }],
          should: [
            { constant_score: { filter: { term: { skill_ids: 'it-data.backend-development' } }, boost: 4 } },
            { constant_score: { filter: { term: { skill_ids: 'it-data.nodejs' } }, boost: 1.5 } },
            { constant_score: { filter: { term: { skill_ids: 'it-data.sql' } }, boost: 1 } },
            { constant_score: { filter: { terms: { verified_skill_ids: ['it-data.backend-development', 'it-data.sql'] } }, boost: 1 } },
            {
              constant_score: {
                filter: { term: { language_levels: 'en:4' } },
                boost: 1,
              },
            },
            { constant_score: { filter: { term: { country: 'MA' } }, boost: 0.5 } },
            { constant_score: { filter: { term: { city: 'Rabat' } }, boost: 0.5 } },
            { constant_score: { filter: { term: { 'mobility.shortMissions': true } }, boost: 0.5 } },
            { constant_score: { filter: { range: { availability: { gte: '2027-03-01', lte: '2027-03-12', relation: 'intersects' } } }, boost: 0.5 } },
          ],
        },
      },
      sort: [{ _score: { order: 'desc' } }, { id: { order: 'asc' } }],
    });
  });

  it('asks remote work of remote jobs and relocation of on-site ones; no skill asked means every visible talent', () => {
    const remote = buildTalentCandidatesQuery({ ...talentInput, type: 'job', location: { mode: 'remote', country: 'MA', city: null }, period: null, languages: [] });
    const should = (remote.query as { bool: { should: object[] } }).bool.should;
    expect(should).toContainEqual({ constant_score: { filter: { term: { 'mobility.remote': true } }, boost: 0.5 } });
    expect(JSON.stringify(should)).not.toContain('country');
    const onsite = buildTalentCandidatesQuery({ ...talentInput, type: 'job', period: null });
    expect((onsite.query as { bool: { should: object[] } }).bool.should).toContainEqual({ constant_score: { filter: { term: { 'mobility.relocation': true } }, boost: 0.5 } });
    const open = buildTalentCandidatesQuery({ ...talentInput, mustHave: { exact: [], close: [] }, niceToHave: { exact: [], close: [] } });
    expect((open.query as { bool: { filter: object[] } }).bool.filter).toEqual([{ terms: { visibility: ['verified-organisations'] } }]);
  });
});

describe('buildOpportunityCandidatesQuery', () => {
  it('keeps published opportunities open today that ask for one of the talent’s skills or a close one', () => {
    expect(
      buildOpportunityCandidatesQuery({
        skills: { exact: ['health.general-medicine'], close: ['health.medicine'] },
        languages: [{ code: 'fr', level: 6 }],
        remote: true,
        country: 'FR',
        today: '2027-01-15',
        size: 500,
      }),
    ).toEqual({
      size: 500,
      track_total_hits: false,
      _source: ['id', 'type', 'organisation', 'titles', 'must_have', 'nice_to_have', 'languages', 'location', 'dates', 'deadline'],
      query: {
        bool: {
          filter: [
            { term: { status: 'published' } },
            { bool: { should: [{ bool: { must_not: [{ exists: { field: 'deadline' } }] } }, { range: { deadline: { gte: '2027-01-15' } } }], minimum_should_match: 1 } },
            { bool: { should: [{ terms: { must_have_ids: ['health.general-medicine', 'health.medicine'] } }, { terms: { nice_to_have_ids: ['health.general-medicine', 'health.medicine'] } }], minimum_should_match: 1 } },
          ],
          should: [
            { constant_score: { filter: { term: { must_have_ids: 'health.general-medicine' } }, boost: 4 } },
            { constant_score: { filter: { term: { nice_to_have_ids: 'health.general-medicine' } }, boost: 1 } },
            { constant_score: { filter: { terms: { must_have_ids: ['health.medicine'] } }, boost: 1.5 } },
            { constant_score: { filter: { terms: { nice_to_have_ids: ['health.medicine'] } }, boost: 0.4 } },
            {
              constant_score: {
                filter: { nested: { path: 'languages', query: { bool: { filter: [{ term: { 'languages.code': 'fr' } }, { range: { 'languages.minLevel': { lte: 6 } } }] } } } },
                boost: 1,
              },
            },
            { constant_score: { filter: { terms: { 'location.mode': ['remote', 'hybrid'] } }, boost: 0.5 } },
            { constant_score: { filter: { term: { 'location.country': 'FR' } }, boost: 0.5 } },
          ],
        },
      },
      sort: [{ _score: { order: 'desc' } }, { id: { order: 'asc' } }],
    });
  });
});

describe('the candidate queries on the real Elasticsearch', () => {
  let search: SearchClient;
  const prefix = `${uniqueTestId()}_`;
  const profiles = `${prefix}mc_profiles`;
  const opportunities = `${prefix}mc_opportunities`;
  const ids = (res: { hits: { hits: Array<{ _id?: string | null }> } }) => res.hits.hits.map((h) => h._id);

  const profile = (n: string, skills: string[], visibility = 'verified-organisations', extra: object = {}) =>
    toProfileDoc(
      { _id: n.padStart(24, '0'), kind: 'diaspora', skills: skills.map((skillId) => ({ skillId, level: 3 })), visibility, languages: [{ code: 'en', level: 'C1' }], ...extra },
      { displayName: `Talent ${n}` },
      new Map(),
    );
  const opportunity = (n: string, fields: object) =>
    toOpportunityDoc(
      { _id: n.padStart(24, '0'), type: 'job', status: 'published', organisationId: 'f'.repeat(24), title: { en: `Job ${n}` }, description: { en: 'x' }, sector: 'it-data', location: { mode: 'remote' }, ...fields },
      { _id: 'f'.repeat(24), name: 'Org' },
      new Map(),
    );

  beforeAll(async () => {
    search = createSearchClient(process.env.ELASTICSEARCH_URL!);
    await search.indices.create({ index: profiles, mappings: PROFILES_MAPPING as never });
    await search.indices.create({ index: opportunities, mappings: OPPORTUNITIES_MAPPING as never });
    const docs: Array<[string, { id: string }]> = [
      [profiles, profile('1', ['it-data.backend-development', 'it-data.sql'])],
      [profiles, profile('2', ['it-data.nodejs'])],
      [profiles, profile('3', ['it-data.backend-development'], 'hidden')],
      [profiles, profile('4', ['it-data.backend-development'], 'officers')],
      [profiles, profile('5', ['health.medicine'])],
      [opportunities, opportunity('11', { mustHaveSkills: [{ skillId: 'it-data.backend-development', minLevel: 3 }] })],
      [opportunities, opportunity('12', { mustHaveSkills: [{ skillId: 'it-data.backend-development', minLevel: 3 }], deadline: '2027-01-14' })],
      [opportunities, opportunity('13', { mustHaveSkills: [{ skillId: 'it-data.backend-development', minLevel: 3 }], status: 'draft' })],
      [opportunities, opportunity('14', { niceToHaveSkills: [{ skillId: 'it-data.software-development', minLevel: 2 }], deadline: '2027-01-15' })],
      [opportunities, opportunity('15', { mustHaveSkills: [{ skillId: 'health.medicine', minLevel: 3 }] })],
    ];
    await search.bulk({ refresh: true, operations: docs.flatMap(([index, doc]) => [{ index: { _index: index, _id: doc.id } }, doc]) });
  });
  afterAll(async () => {
    await search.indices.delete({ index: [profiles, opportunities], ignore_unavailable: true });
    await search.close();
  });

  it('finds visible talents with the skill or a close one, the skill itself first', async () => {
    const res = await search.search({ index: profiles, ...buildTalentCandidatesQuery({ ...talentInput, period: null, location: { mode: 'remote', country: 'MA', city: null } }) });
    expect(ids(res)).toEqual(['1'.padStart(24, '0'), '2'.padStart(24, '0')]);
    const staff = await search.search({ index: profiles, ...buildTalentCandidatesQuery({ ...talentInput, visibilities: ['verified-organisations', 'officers'] }) });
    expect(ids(staff)).toContain('4'.padStart(24, '0'));
    expect(ids(staff)).not.toContain('3'.padStart(24, '0'));
  });

  it('finds published opportunities whose deadline has not passed, asking for the skill or a close one', async () => {
    const res = await search.search({
      index: opportunities,
      ...buildOpportunityCandidatesQuery({ skills: { exact: ['it-data.backend-development'], close: ['it-data.software-development'] }, languages: [], remote: false, country: null, today: '2027-01-15', size: 500 }),
    });
    expect(ids(res)).toEqual(['11'.padStart(24, '0'), '14'.padStart(24, '0')]);
  });
});
