/**
 * What the benchmark asks: a realistic mix of talent searches (free text in three languages with filters, filters
 * alone, text alone) and ~20 opportunities written from the trades the generated talents practise most, plus the
 * exact Elasticsearch bodies the API sends for them, to time Elasticsearch on its own.
 */
import { TalentSearchQuerySchema, type CreateOpportunity, type TalentSearchQuery } from '@kafaat/shared';
import type { estypes } from '@elastic/elasticsearch';
import { talentSearchRequest } from '../../server/src/search/talents';
import { TRADES_ALL } from '../seeds/talents/trades';

/** Query strings of GET /api/v1/talents/search, as the search page sends them. */
export const SEARCHES: string[] = [
  // Free text and filters.
  'q=ingénieur génie civil&country=FR',
  'q=civil engineer&languages=fr:B2',
  'q=ممرضة',
  'q=infirmière&country=MA',
  'q=développeur&mobility=remote',
  'q=software developer&languages=en:C1',
  'q=cardiologue&mobility=shortMissions',
  'q=photovoltaïque&mobility=shortMissions',
  'q=comptable&country=MA',
  'q=carreleur&kind=migrant',
  'q=soudeur&kind=migrant',
  'q=data scientist&mobility=remote',
  'q=مهندس مدني&country=MA',
  'q=agronome&interest=missions',
  'q=traducteur arabe',
  'q=chef de cuisine&country=FR,BE',
  'q=electrician&languages=fr:A2',
  'q=avocat droit des affaires',
  'q=hôtellerie&country=MA',
  'q=supply chain&languages=en:B2',
  'q=cybersécurité',
  'q=énergies renouvelables&interest=missions',
  // Filters only.
  'skills=engineering.civil-engineering',
  'skills=health.nursing&languages=ar:B2',
  'sector=it-data&mobility=remote',
  'country=FR,BE&interest=missions',
  'kind=migrant&sector=construction',
  'languages=fr:C1,en:B2&sector=engineering',
  'skills=it-data.python,it-data.machine-learning&skillsMode=any',
  'interest=missions&availableFrom=2027-03-01&availableTo=2027-03-31',
  'sector=health&minYears=10',
  'sector=finance-accounting&sort=recent',
].map((q) => q.split('&').map((pair) => pair.split('=').map(encodeURIComponent).join('=')).join('&'));

/** The body the API sends to Elasticsearch for one search (first page), built by the API's own function. */
export async function searchBody(queryString: string, visibilities: string[]): Promise<estypes.SearchRequest> {
  const query: TalentSearchQuery = TalentSearchQuerySchema.parse(Object.fromEntries(new URLSearchParams(queryString)));
  return (await talentSearchRequest(query, visibilities)).body;
}

const CITIES = ['Rabat', 'Casablanca', 'Fès', 'Marrakech', 'Agadir', 'Tanger', 'Oujda', 'Ouarzazate', 'Errachidia', 'Laâyoune'];

/** Missions (professions) and pilots (trades) for the `count` trades most practised among the talents. */
export function opportunitiesFor(trades: string[], count = 20): CreateOpportunity[] {
  const frequency = new Map<string, number>();
  for (const t of trades) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  const top = [...frequency.entries()].sort((a, b) => b[1] - a[1]).slice(0, count).map(([key]) => TRADES_ALL.find((t) => t.key === key)!);
  return top.map((trade, i) => {
    const must = [...new Set([...trade.core, ...(trade.specialities[0]?.skills ?? [])])].slice(0, 3);
    const nice = trade.extra.filter((id) => !must.includes(id)).slice(0, 2);
    const level = trade.degreeBased ? 3 : 2;
    const common = {
      title: { fr: `${trade.degreeBased ? "Mission d'expertise" : 'Validation des compétences'} — ${trade.title.fr[0]}` },
      description: { fr: `Nous recherchons des profils ${trade.field.fr} pour un programme à ${CITIES[i % CITIES.length]}.` },
      sector: must[0]!.split('.')[0] as CreateOpportunity['sector'],
      mustHaveSkills: must.map((skillId) => ({ skillId, minLevel: level })),
      niceToHaveSkills: nice.map((skillId) => ({ skillId, minLevel: 2 })),
      languages: [{ code: 'fr' as const, minLevel: trade.degreeBased ? ('B2' as const) : ('A2' as const) }],
      location: { mode: 'onsite' as const, country: 'MA', city: CITIES[i % CITIES.length]! },
      startDate: '2027-03-01',
      endDate: trade.degreeBased ? '2027-03-12' : '2027-06-30',
      deadline: '2027-01-31',
      seats: trade.degreeBased ? 1 : 20,
      project: undefined,
    };
    return trade.degreeBased
      ? {
          ...common,
          type: 'mission' as const,
          mission: { hostInstitution: 'Institution hôte', objectives: 'Appui technique et formation des équipes.', deliverables: [], durationDays: 10, budget: { travelMad: 6000, dailyAllowanceMad: 1000 } },
        }
      : { ...common, type: 'pilot' as const, mission: undefined };
  });
}
