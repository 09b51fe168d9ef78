/**
 * The relevance set: hand-written talents (data/talents/*.json), opportunities and their organisations
 * (data/opportunities.json), talent searches (data/queries.json) and graded judgments (data/judgments.json), plus
 * background talents from the demo generator in trades no opportunity or query is about. This module reads the
 * files, expands their compact notations into profile content, and refuses a set whose judgments name a talent
 * that does not exist, that the asker may not see, or that is hidden (README.md says how to judge).
 */
import fs from 'node:fs';
import path from 'node:path';
import { CreateOpportunitySchema, ProfileContentSchema, TalentSearchQuerySchema, type ProfileContent, type ProfileVisibility, type TalentKind } from '@kafaat/shared';
import { buildDemoTalents } from '../../scripts/seeds/talents/talentBuilder';
import { readTaxonomy } from '../../server/src/services/taxonomy/taxonomyReader';

/** Where the hand-written files live. */
export const DATA_DIR = path.join(__dirname, 'data');

/** A talent as written in data/talents/*.json (see README.md for the notations). */
export interface TalentEntry {
  key: string;
  name: string;
  kind: TalentKind;
  /** Language the headline and summary are written in. */
  lang: 'fr' | 'en' | 'ar';
  country: string;
  city: string;
  headline: string;
  summary: string;
  /** "fr:C2", "ar:C2:native". */
  languages: string[];
  /** "sector.skill:level:years", with ":verified" when a pilot validated it. */
  skills: string[];
  /** "remote", "short:<max weeks>", "relocation". */
  mobility?: string[];
  /** "YYYY-MM-DD/YYYY-MM-DD". */
  availability?: string[];
  interests?: ProfileContent['interests'];
  visibility?: ProfileVisibility;
}

/** A talent ready to store: account fields and validated profile content. */
export interface RelevanceTalent {
  key: string;
  displayName: string;
  email: string;
  kind: TalentKind;
  lang: 'fr' | 'en' | 'ar';
  /** Hand-written (judged) or generated in a trade no item is about. */
  origin: 'written' | 'background';
  content: ProfileContent;
  verifiedSkills: string[];
}

/** An organisation of data/opportunities.json; each gets one manager who writes its opportunities. */
export interface OrganisationEntry {
  key: string;
  name: string;
  kind: 'employer' | 'institution';
  city: string;
}

/** An opportunity of data/opportunities.json. */
export interface OpportunityEntry {
  key: string;
  organisation: string;
  /** Language the opportunity is written in. */
  lang: 'fr' | 'en' | 'ar';
  /** The body of POST /api/v1/opportunities, as the owner writes it. */
  body: Record<string, unknown>;
}

/** A talent search of data/queries.json. */
export interface QueryEntry {
  key: string;
  /** Language of the free text; "filters" for a search without text. */
  lang: 'fr' | 'en' | 'ar' | 'filters';
  /** What the searcher is looking for, in one line. */
  need: string;
  /** The query string of GET /api/v1/talents/search. */
  params: Record<string, string>;
}

/** One relevant talent for an item; unlisted talents are irrelevant (grade 0). */
export interface Judgment {
  talent: string;
  grade: 1 | 2 | 3;
  reason: string;
}

/** The whole set, checked. */
export interface RelevanceSet {
  talents: RelevanceTalent[];
  organisations: OrganisationEntry[];
  opportunities: OpportunityEntry[];
  queries: QueryEntry[];
  judgments: { matching: Record<string, Judgment[]>; search: Record<string, Judgment[]> };
}

/** Trades of the demo generator that no opportunity or query of the set is about: safe distractors. */
export const BACKGROUND_TRADES = [
  'accountant', 'hr-manager', 'digital-marketing', 'craft-designer', 'tailor', 'cook', 'pastry', 'chef', 'delivery-driver', 'call-centre',
  'trader', 'carpenter', 'painter', 'plumber', 'repair-technician', 'development-consultant',
];
/** Enough distractors to bring the set past 300 talents. */
export const BACKGROUND_COUNT = 130;
const BACKGROUND_SEED = 7_300_001;

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(DATA_DIR, file), 'utf8')) as T;

function parseLanguage(spec: string, key: string) {
  const [code, level, native] = spec.split(':');
  if (!code || !level || (native && native !== 'native')) throw new Error(`${key}: language "${spec}" should read code:level[:native]`);
  return { code, level, native: native === 'native' };
}

function parseSkill(spec: string, key: string) {
  const [skillId, level, years, verified] = spec.split(':');
  if (!skillId || !level || !years || (verified && verified !== 'verified')) throw new Error(`${key}: skill "${spec}" should read id:level:years[:verified]`);
  return { skill: { skillId, level: Number(level), years: Number(years), acquiredBy: ['work'] }, verified: verified === 'verified' };
}

function parseMobility(flags: string[] = []) {
  const short = flags.find((f) => f.startsWith('short'));
  return {
    remote: flags.includes('remote'),
    shortMissions: !!short,
    maxMissionWeeks: short && short.includes(':') ? Number(short.split(':')[1]) : null,
    relocation: flags.includes('relocation'),
  };
}

const DEFAULT_INTERESTS: Record<TalentKind, ProfileContent['interests']> = { diaspora: ['missions'], migrant: ['employment'], returnee: ['employment'] };

/** Profile content of a written talent, checked with the contract the API uses. */
export function expandTalent(t: TalentEntry): RelevanceTalent {
  const skills = t.skills.map((s) => parseSkill(s, t.key));
  const input = {
    kind: t.kind,
    headline: t.headline,
    summary: t.summary,
    country: t.country,
    city: t.city,
    languages: t.languages.map((l) => parseLanguage(l, t.key)),
    skills: skills.map((s) => s.skill),
    sectors: [...new Set(skills.map((s) => s.skill.skillId.split('.')[0]))].slice(0, 5),
    interests: t.interests ?? DEFAULT_INTERESTS[t.kind],
    mobility: parseMobility(t.mobility),
    availability: (t.availability ?? []).map((w) => {
      const [from, to] = w.split('/');
      return { from, to };
    }),
    visibility: t.visibility ?? 'verified-organisations',
  };
  const parsed = ProfileContentSchema.safeParse(input);
  if (!parsed.success) throw new Error(`talent ${t.key} breaks the profile contract: ${JSON.stringify(parsed.error.issues)}`);
  return {
    key: t.key,
    displayName: t.name,
    email: `${t.key}@relevance.kafaat.test`,
    kind: t.kind,
    lang: t.lang,
    origin: 'written',
    content: parsed.data,
    verifiedSkills: skills.filter((s) => s.verified).map((s) => s.skill.skillId),
  };
}

/** Generated distractors: demo talents of BACKGROUND_TRADES only, visible to verified organisations. */
export function backgroundTalents(count = BACKGROUND_COUNT): RelevanceTalent[] {
  const pool = buildDemoTalents(count * 5, BACKGROUND_SEED).filter((t) => BACKGROUND_TRADES.includes(t.trade));
  if (pool.length < count) throw new Error(`only ${pool.length} background talents in the chosen trades`);
  return pool.slice(0, count).map((t, i) => {
    const key = `bg-${String(i + 1).padStart(3, '0')}`;
    const content = ProfileContentSchema.parse({ ...t.content, visibility: 'verified-organisations' });
    return { key, displayName: t.displayName, email: `${key}@relevance.kafaat.test`, kind: t.kind, lang: t.locale as 'fr' | 'en' | 'ar', origin: 'background', content, verifiedSkills: [] };
  });
}

/** Reads and checks the whole set; throws naming the first inconsistency. */
export function loadRelevanceSet(): RelevanceSet {
  const files = fs.readdirSync(path.join(DATA_DIR, 'talents')).filter((f) => f.endsWith('.json')).sort();
  const written = files.flatMap((f) => readJson<TalentEntry[]>(path.join('talents', f)).map(expandTalent));
  const talents = [...written, ...backgroundTalents()];
  const byKey = new Map<string, RelevanceTalent>();
  for (const t of talents) {
    if (byKey.has(t.key)) throw new Error(`talent key ${t.key} is used twice`);
    byKey.set(t.key, t);
  }
  const known = new Set(readTaxonomy().skills.map((s) => s.id));
  for (const t of written) {
    const unknown = t.content.skills.filter((s) => !known.has(s.skillId)).map((s) => s.skillId);
    if (unknown.length) throw new Error(`talent ${t.key} lists skills missing from the taxonomy: ${unknown.join(', ')}`);
  }
  const { organisations, opportunities } = readJson<{ organisations: OrganisationEntry[]; opportunities: OpportunityEntry[] }>('opportunities.json');
  const queries = readJson<QueryEntry[]>('queries.json');
  const judgments = readJson<RelevanceSet['judgments']>('judgments.json');

  const orgKind = new Map(organisations.map((o) => [o.key, o.kind]));
  for (const o of opportunities) {
    if (!orgKind.has(o.organisation)) throw new Error(`opportunity ${o.key}: unknown organisation ${o.organisation}`);
    const parsed = CreateOpportunitySchema.safeParse(o.body);
    if (!parsed.success) throw new Error(`opportunity ${o.key} is not a valid creation body: ${JSON.stringify(parsed.error.issues)}`);
  }
  for (const q of queries) {
    const parsed = TalentSearchQuerySchema.safeParse(q.params);
    if (!parsed.success) throw new Error(`query ${q.key} is not a valid search: ${JSON.stringify(parsed.error.issues)}`);
  }

  // Employers see profiles open to verified organisations; officers (who run every search) also "officers" ones.
  const seenBy = (kind: 'employer' | 'institution'): ProfileVisibility[] => (kind === 'employer' ? ['verified-organisations'] : ['verified-organisations', 'officers']);
  const check = (item: string, list: Judgment[] | undefined, visible: ProfileVisibility[]) => {
    if (!list || list.length === 0) throw new Error(`${item} has no judgments`);
    const seen = new Set<string>();
    for (const j of list) {
      const t = byKey.get(j.talent);
      if (!t) throw new Error(`${item}: unknown talent ${j.talent}`);
      if (seen.has(j.talent)) throw new Error(`${item}: ${j.talent} is judged twice`);
      seen.add(j.talent);
      if (![1, 2, 3].includes(j.grade)) throw new Error(`${item}: ${j.talent} has grade ${j.grade} (1–3; leave irrelevant talents out)`);
      if (!j.reason?.trim()) throw new Error(`${item}: ${j.talent} has no reason`);
      if (!visible.includes(t.content.visibility)) throw new Error(`${item}: ${j.talent} is ${t.content.visibility}, which the asker cannot see`);
    }
  };
  for (const o of opportunities) check(`opportunity ${o.key}`, judgments.matching[o.key], seenBy(orgKind.get(o.organisation)!));
  for (const q of queries) check(`query ${q.key}`, judgments.search[q.key], seenBy('institution'));
  const extra = [...Object.keys(judgments.matching).filter((k) => !opportunities.some((o) => o.key === k)), ...Object.keys(judgments.search).filter((k) => !queries.some((q) => q.key === k))];
  if (extra.length) throw new Error(`judgments for unknown items: ${extra.join(', ')}`);
  return { talents, organisations, opportunities, queries, judgments };
}
