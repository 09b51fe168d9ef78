/**
 * What the benchmark asks: a realistic mix of talent searches (free text in three languages with filters, filters
 * alone, text alone) and ~20 opportunities written from the trades the generated talents practise most, plus the
 * exact Elasticsearch bodies the API sends for them, to time Elasticsearch on its own.
 */
import { TalentSearchQuerySchema, type CreateOpportunity, type TalentSearchQuery } from '@kafaat/shared';
import type { estypes } from '@elastic/elasticsearch';
import { talentSearchLines, talentSearchRequest } from '../../server/src/search/talents';
import { Random } from '../seeds/talents/random';
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

/**
 * The `_msearch` the API sends Elasticsearch for one search (first page: the page and its facet counts), built by
 * the API's own functions, as the NDJSON body of a request to `/_msearch`.
 */
export async function searchLines(queryString: string, visibilities: string[], index: string): Promise<estypes.MsearchRequestItem[]> {
  const query: TalentSearchQuery = TalentSearchQuerySchema.parse(Object.fromEntries(new URLSearchParams(queryString)));
  return talentSearchLines(index, await talentSearchRequest(query, visibilities));
}

export const ndjson = (lines: object[]) => `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`;

/** One filter a searcher adds to a text, or combines with another: common choices on the search page. */
const FILTERS = ['country=FR', 'country=MA', 'country=BE,FR', 'country=ES', 'languages=fr:B2', 'languages=en:C1', 'languages=ar:B1', 'mobility=remote', 'mobility=shortMissions', 'kind=migrant', 'kind=diaspora', 'interest=missions', 'interest=employment', 'minYears=5', 'sort=recent', 'verifiedOnly=true'];

/**
 * Distinct searches a search page receives: the page opened without criteria, the hand-written SEARCHES, then, in
 * a seeded random order, every trade's title (French for a man and a woman, English, Arabic for a man and a woman)
 * alone and with one filter, its sector with one or two filters, and its core skills.
 */
export function searchPool(seed = 20261129): string[] {
  const random = new Random(seed);
  const generated = new Set<string>();
  for (const trade of TRADES_ALL) {
    const sector = trade.core[0]!.split('.')[0]!;
    for (const title of new Set([...trade.title.fr, trade.title.en, ...trade.title.ar])) {
      generated.add(`q=${title}`);
      generated.add(`q=${title}&${random.pick(FILTERS)}`);
    }
    const first = random.pick(FILTERS);
    const key = (filter: string) => filter.split('=')[0];
    generated.add(`sector=${sector}&${first}`);
    generated.add(`sector=${sector}&${first}&${random.pick(FILTERS.filter((f) => key(f) !== key(first) && key(f) !== 'sort'))}`);
    generated.add(`skills=${trade.core.slice(0, 2).join(',')}`);
  }
  const encoded = (q: string) => q.split('&').map((pair) => pair.split('=').map(encodeURIComponent).join('=')).join('&');
  const head = ['', ...SEARCHES];
  return [...head, ...random.shuffle([...generated].map(encoded)).filter((q) => !head.includes(q))];
}

/**
 * `length` searches drawn from the pool by Zipf's law, as query logs show them: the k-th most asked comes 1/k as
 * often as the first (the pool's order is their rank), so a few are asked again and again and most rarely.
 */
export function searchMix(pool: string[], length: number, seed = 20261130): string[] {
  const random = new Random(seed);
  const cumulative: number[] = [];
  let sum = 0;
  for (let k = 1; k <= pool.length; k += 1) cumulative.push((sum += 1 / k));
  return Array.from({ length }, () => {
    const r = random.next() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return pool[lo]!;
  });
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
