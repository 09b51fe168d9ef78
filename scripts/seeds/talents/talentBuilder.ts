/**
 * Builds the demo talents: a pure function of a seed, so every run creates the same people. Each talent gets a
 * path (where they live, since when, where they worked), and everything else follows from it: experience
 * dates, skill years and levels, languages and their levels, education and its recognition in Morocco, goals.
 */
import { CEFR_LEVELS, type CefrLevel, type Locale, type ProfileContentSchema, type SpokenLanguage, type TalentKind } from '@kafaat/shared';
import type { z } from 'zod';
import { Random } from './random';
import { HOST_COUNTRIES, MIGRANT_CITY_WEIGHTS, MOROCCAN_SCHOOLS, MOROCCO, ORIGIN_COUNTRIES, RETURNEE_EXTRA_CITIES, type City, type Country, type Origin, type TextLanguage } from './places';
import { MOROCCAN_NAMES, ORIGIN_NAMES } from './names';
import { TRADES_ALL, type Achievement, type L3, type Speciality, type Trade } from './trades';
import { APPRENTICESHIP, INFORMAL_WORKPLACES, experienceText, goalText, headlineText, openingText, trainingCentreText, cityText, type Gender, type Goal } from './texts';
import { buildLanguages, type LanguageLevels } from './languages';
import { availabilityFor, type MobilityHint } from './availability';

export type ProfileInput = z.input<typeof ProfileContentSchema>;

/** One demo talent: the account fields and the profile content, not yet validated. */
export interface DemoTalent {
  email: string;
  displayName: string;
  locale: Locale;
  kind: TalentKind;
  /** Key of the trade the talent was built from (see trades.ts). */
  trade: string;
  /** Migrants: country of origin. */
  origin: string | null;
  content: ProfileInput;
}

/** Share of each kind among the demo talents (diaspora, migrants living in Morocco, returnees). */
export const KIND_SHARES: ReadonlyArray<readonly [TalentKind, number]> = [['diaspora', 0.55], ['migrant', 0.3], ['returnee', 0.15]];
/** The month the demo data is written for: experience "until now" and availability are relative to it. */
const NOW = { year: 2026, month: 11 };
const nowIndex = NOW.year * 12 + (NOW.month - 1);
const ym = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/** Email of the n-th demo talent (1-based): talent-0042@kafaat.demo. */
export const talentEmail = (n: number) => `talent-${String(n).padStart(4, '0')}@kafaat.demo`;

/** `count` talents, in the proportions of KIND_SHARES, reproducible from `seed`. */
export function buildDemoTalents(count = 300, seed = 20261129): DemoTalent[] {
  const order = new Random(seed);
  const kinds: TalentKind[] = [];
  KIND_SHARES.forEach(([kind, share], i) => {
    const n = i === KIND_SHARES.length - 1 ? count - kinds.length : Math.round(count * share);
    for (let k = 0; k < n; k++) kinds.push(kind);
  });
  const names = new Set<string>();
  // One generator per talent, so talent n stays the same person when another template changes.
  return order.shuffle(kinds).map((kind, i) => buildTalent(new Random(seed * 31 + i * 7919), kind, i + 1, names));
}

function buildTalent(rng: Random, kind: TalentKind, n: number, names: Set<string>): DemoTalent {
  const origin = kind === 'migrant' ? rng.weighted(ORIGIN_COUNTRIES.map((o) => [o, o.weight] as const)) : null;
  const host = kind === 'migrant' ? null : rng.weighted(HOST_COUNTRIES.map((h) => [h, h.weight] as const));
  const trade = rng.weighted(TRADES_ALL.filter((t) => !origin || !t.origins || t.origins.includes(origin.code)).map((t) => [t, t.weights[kind] ?? 0] as const));
  const gender: Gender = rng.chance(trade.women) ? 'woman' : 'man';
  const displayName = uniqueName(rng, origin, gender, names);
  const elsewhere: Country = origin ?? host!;
  const city = kind === 'diaspora' ? rng.pick(host!.cities) : kind === 'migrant' ? migrantCity(rng) : rng.pick([...MOROCCO.cities, ...RETURNEE_EXTRA_CITIES]);
  const country = kind === 'diaspora' ? host!.code : 'MA';
  const lang: TextLanguage = rng.weighted(kind === 'diaspora' ? host!.writes : kind === 'migrant' ? origin!.writes : MOROCCO.writes);

  // The path: years of experience, birth, and when the person moved.
  const years = rng.int(trade.years[0], trade.years[1]);
  const careerStart = (NOW.year - years) * 12 + rng.int(0, 11);
  const birthYear = Math.floor(careerStart / 12) - (trade.degreeBased ? rng.int(23, 27) : rng.int(16, 21));
  const secondGeneration = kind === 'diaspora' && rng.chance(0.15);
  let since: number | null = null;
  let moved = careerStart; // month index of the move that splits the career (none when equal to careerStart)
  if (kind === 'diaspora' && !secondGeneration) {
    since = rng.int(birthYear + 18, Math.max(birthYear + 18, Math.min(2024, Math.floor(careerStart / 12) + Math.floor(years * 0.6))));
    moved = Math.max(careerStart, since * 12 + rng.int(0, 11));
  } else if (kind === 'returnee') {
    since = rng.int(Math.min(Math.max(Math.floor(careerStart / 12) + 2, 2012), 2025), 2025);
    moved = Math.max(careerStart + 6, since * 12 + rng.int(0, 11));
  } else if (kind === 'migrant') {
    since = rng.int(Math.min(Math.max(2012, birthYear + 17), 2025), 2025);
    moved = Math.max(careerStart, since * 12 + rng.int(0, 11));
  }
  moved = Math.min(moved, nowIndex - 2);
  const monthsInMorocco = kind === 'migrant' ? nowIndex - moved : 0;
  /** Where the person worked before moving: in their country of origin, abroad, or in Morocco before emigrating. */
  const before = { country: origin?.code ?? (kind === 'returnee' ? host!.code : 'MA'), city: rng.pick(origin?.cities ?? (kind === 'returnee' ? host!.cities : MOROCCO.cities)) };

  const fits = (s: Speciality) => (s.origins ? origin !== null && s.origins.includes(origin.code) : true) && (s.maxYears ?? 99) >= years;
  const speciality = rng.pick(trade.specialities.filter(fits).length ? trade.specialities.filter(fits) : trade.specialities);
  const achievable = trade.achievements.filter((a) => (a.minYears ?? 0) <= years);
  const title = titleOf(speciality.title ?? trade.title, lang, gender);
  const languages = buildLanguages(rng, {
    kind,
    origin,
    hostLanguage: kind === 'diaspora' ? (city.language ?? host!.language) : (host?.language ?? null),
    hostCountry: host?.code ?? null,
    secondGeneration,
    degreeBased: trade.degreeBased,
    textLanguage: lang,
    monthsInMorocco,
    needs: { ...trade.needs, ...speciality.needs },
  });
  const skills = buildSkills(rng, kind, trade, speciality, years, languages.levels);
  const education = buildEducation(rng, { kind, trade, speciality, lang, origin, host, careerStart, moved, movedYear: since, secondGeneration, before });
  const experience = buildExperience(rng, { kind, trade, speciality, lang, gender, city, country, origin, host, careerStart, moved, before, achievable });
  const interests = interestsFor(rng, kind);
  const mobility = mobilityFor(rng, kind, trade);
  const hasForeignDiploma = education.some((e) => e.title !== APPRENTICESHIP[lang] && (e.recognition === 'not-recognised' || e.recognition === 'no-equivalence'));
  const goals = goalsFor(kind, interests, hasForeignDiploma);
  const achievements = rng.sample(achievable, rng.int(1, 2));
  const learntIn = kind === 'migrant' && trade.apprenticed && moved > careerStart ? before.city : null;
  const summary = [
    openingText(lang, title, { kind, gender, city, elsewhere, since, yearsAbroad: Math.max(1, Math.round((moved - careerStart) / 12)) }),
    experienceText(lang, years, speciality, learntIn, rng.int(0, 2)),
    ...achievements.map((a) => a[lang]),
    ...goals.slice(0, 2).map((g) => goalText(lang, g, gender, trade.field)),
  ].join(' ');

  return {
    email: talentEmail(n),
    displayName,
    locale: lang,
    kind,
    trade: trade.key,
    origin: origin?.code ?? null,
    content: {
      kind,
      headline: headlineText(lang, title, years, speciality, rng.int(0, 2)),
      summary,
      country,
      city: city.name,
      languages: languages.list,
      skills,
      occupations: trade.isco,
      experience,
      education,
      sectors: [...new Set(skills.map((s) => s.skillId.split('.')[0] as string))] as ProfileInput['sectors'],
      interests,
      mobility,
      availability: availabilityFor(rng, kind, lang, mobility),
      visibility: rng.weighted([['verified-organisations', 78], ['officers', 17], ['hidden', 5]] as const),
      sensitive: sensitiveFor(rng, { kind, gender, birthYear, origin, host, secondGeneration }),
    },
  };
}

const titleOf = (t: Trade['title'], lang: TextLanguage, gender: Gender) => (lang === 'en' ? t.en : t[lang][gender === 'woman' ? 1 : 0]);

function uniqueName(rng: Random, origin: Origin | null, gender: Gender, taken: Set<string>): string {
  const pool = origin ? ORIGIN_NAMES[origin.code]! : MOROCCAN_NAMES;
  for (let attempt = 0; ; attempt++) {
    const name = `${rng.pick(gender === 'woman' ? pool.women : pool.men)} ${rng.pick(pool.family)}`;
    if (!taken.has(name) || attempt > 20) {
      taken.add(name);
      return name;
    }
  }
}

function migrantCity(rng: Random): City {
  const name = rng.weighted(MIGRANT_CITY_WEIGHTS);
  return MOROCCO.cities.find((c) => c.name === name)!;
}

/** Languages a skill implies: a Darija skill needs Darija, translating from English needs English, and so on. */
const SKILL_LANGUAGES: Record<string, SpokenLanguage[][]> = {
  'languages-translation.west-african-languages': [['wo', 'bm', 'ff', 'ha', 'yo', 'ig', 'tw', 'ee', 'mos', 'dyu', 'snk', 'sus', 'ln', 'kg']],
  'languages-translation.darija': [['ary']],
  'languages-translation.french-language': [['fr']],
  'languages-translation.english-language': [['en']],
  'languages-translation.translation-fr-ar': [['fr'], ['ar']],
  'languages-translation.translation-en-ar': [['en'], ['ar']],
  'languages-translation.translation-en-fr': [['en'], ['fr']],
  'languages-translation.translation-es': [['es']],
};
const atLeast = (level: CefrLevel | undefined, min: CefrLevel) => level !== undefined && CEFR_LEVELS.indexOf(level) >= CEFR_LEVELS.indexOf(min);
const speaksFor = (skillId: string, levels: LanguageLevels) => (SKILL_LANGUAGES[skillId] ?? []).every((anyOf) => anyOf.some((code) => atLeast(levels.get(code), 'B2')));

const levelFor = (years: number) => (years >= 10 ? 4 : years >= 5 ? 3 : years >= 2 ? 2 : 1);

function buildSkills(rng: Random, kind: TalentKind, trade: Trade, speciality: Speciality, years: number, languages: LanguageLevels): NonNullable<ProfileInput['skills']> {
  const first = [...new Set([...trade.core, ...(speciality.skills ?? [])])];
  const target = Math.max(first.length, Math.min(12, 4 + Math.floor(years / 3) + rng.int(0, 3)));
  const chosen = [...new Set([...first, ...rng.shuffle(trade.extra)])].filter((id) => speaksFor(id, languages)).slice(0, target);
  return chosen.map((skillId, i) => {
    const main = i < first.length;
    const skillYears = main ? Math.max(1, years - rng.int(0, Math.min(3, years - 1))) : rng.int(1, Math.max(1, years - 1));
    const level = main ? Math.max(trade.degreeBased ? 2 : 1, levelFor(skillYears)) : Math.max(1, levelFor(skillYears) - (rng.chance(0.35) ? 1 : 0));
    const acquiredBy: Array<'diploma' | 'work' | 'informal'> = !trade.degreeBased
      ? kind === 'migrant'
        ? rng.weighted([[['work'], 45], [['informal'], 25], [['work', 'informal'], 30]] as const).slice()
        : main ? ['diploma', 'work'] : ['work']
      : main ? ['diploma', 'work'] : rng.weighted([[['work'], 60], [['diploma'], 25], [['work', 'informal'], 15]] as const).slice();
    return { skillId, level, years: skillYears, acquiredBy, evidence: [] };
  });
}

interface EducationContext {
  kind: TalentKind;
  trade: Trade;
  speciality: Speciality;
  lang: TextLanguage;
  origin: Origin | null;
  host: Country | null;
  careerStart: number;
  moved: number;
  before: { country: string; city: City };
  /** Year the person moved (emigrated, arrived in Morocco, came back); null if they never did. */
  movedYear: number | null;
  secondGeneration: boolean;
}

const FOREIGN_RECOGNITION = [['recognised', 45], ['in-progress', 20], ['not-recognised', 20], ['no-equivalence', 15]] as const;
const MIGRANT_DEGREE_RECOGNITION = [['not-recognised', 40], ['no-equivalence', 25], ['in-progress', 35]] as const;

function buildEducation(rng: Random, c: EducationContext): NonNullable<ProfileInput['education']> {
  const { trade, lang } = c;
  const degree = (c.speciality.degree ?? trade.degree)[lang];
  const graduated = Math.min(2025, Math.floor(c.careerStart / 12) - rng.int(0, 1));
  if (c.kind === 'migrant') {
    const origin = c.origin!;
    if (trade.degreeBased) {
      return [{ title: degree, institution: rng.pick(origin.universities), country: origin.code, year: graduated, recognition: rng.weighted(MIGRANT_DEGREE_RECOGNITION) }];
    }
    const route = rng.weighted([['certificate', 35], ['apprenticeship', 30], ['none', 35]] as const);
    if (route === 'certificate') return [{ title: degree, institution: trainingCentreText(lang, c.before.city), country: origin.code, year: graduated, recognition: rng.weighted([['not-recognised', 60], ['no-equivalence', 40]] as const) }];
    if (route === 'apprenticeship' && trade.apprenticed) return [{ title: APPRENTICESHIP[lang], institution: '', country: origin.code, year: graduated, recognition: 'no-equivalence' }];
    return [];
  }
  if (!trade.degreeBased) {
    return [{ title: degree, institution: rng.pick(MOROCCAN_SCHOOLS.vocational!), country: 'MA', year: graduated, recognition: 'recognised' }];
  }
  const host = c.host!;
  const abroad = () => ({ institution: rng.pick(host.universities), country: host.code, recognition: rng.weighted(FOREIGN_RECOGNITION) });
  // Studied in Morocco unless born abroad or emigrated before starting work.
  const studiedAbroad = c.secondGeneration || (c.kind === 'diaspora' && c.movedYear !== null && c.movedYear * 12 < c.careerStart - 12);
  const inMorocco = () => ({ institution: rng.pick(MOROCCAN_SCHOOLS[trade.school]!), country: 'MA', recognition: 'recognised' as const });
  const advanced = trade.advancedDegree?.[lang];
  if (trade.advancedRequired && advanced) {
    // Returnees studied abroad before working there; the diaspora did if they had left by then.
    const advancedAbroad = c.kind === 'returnee' || studiedAbroad || (c.movedYear !== null && c.movedYear <= graduated);
    return [{ title: advanced, year: graduated, ...(advancedAbroad ? abroad() : inMorocco()) }, { title: degree, year: graduated - rng.int(3, 4), ...(studiedAbroad ? abroad() : inMorocco()) }];
  }
  // A Moroccan degree title (ingénieur d'État…) makes no sense abroad: people who studied there hold the advanced one.
  if (studiedAbroad) return [{ title: advanced ?? degree, year: graduated, ...abroad() }];
  const entries: NonNullable<ProfileInput['education']> = [{ title: degree, year: graduated, ...inMorocco() }];
  // An advanced degree abroad is taken while living there: after emigrating, or before coming back.
  const earliest = Math.max(graduated + 1, c.kind === 'diaspora' && c.movedYear !== null ? c.movedYear + 1 : 0);
  const latest = c.kind === 'returnee' && c.movedYear !== null ? c.movedYear : 2025;
  if (advanced && earliest <= latest && rng.chance(0.45)) entries.unshift({ title: advanced, year: Math.min(latest, earliest + rng.int(0, 3)), ...abroad() });
  return entries;
}

interface ExperienceContext extends Omit<EducationContext, 'secondGeneration' | 'movedYear'> {
  gender: Gender;
  /** Achievements that fit the person's years of experience, used as job descriptions. */
  achievable: Achievement[];
  city: City;
  country: string;
}

/** Jobs, most recent first: one segment per country lived in, the longer ones split in two jobs. */
function buildExperience(rng: Random, c: ExperienceContext): NonNullable<ProfileInput['experience']> {
  type Segment = { from: number; to: number | null; country: string; city: City };
  const segments: Segment[] = [];
  const here = { country: c.country, city: c.city };
  if (c.moved > c.careerStart) segments.push({ from: c.careerStart, to: c.moved, ...c.before });
  // Some migrants are between jobs: their last job ended a few months ago.
  const lastEnd = c.kind === 'migrant' && rng.chance(0.2) ? nowIndex - rng.int(1, 5) : null;
  segments.push({ from: c.moved, to: lastEnd !== null && lastEnd > c.moved ? lastEnd : null, ...here });

  const jobs: Segment[] = [];
  for (const s of segments) {
    const end = s.to ?? nowIndex;
    if (end - s.from >= 72 && rng.chance(0.6)) {
      const split = s.from + Math.floor((end - s.from) * (0.35 + rng.next() * 0.3));
      jobs.push({ ...s, to: split }, { ...s, from: split });
    } else jobs.push(s);
  }
  const title = titleOf(c.speciality.title ?? c.trade.title, c.lang, c.gender);
  const early = c.trade.earlyTitle ? titleOf(c.trade.earlyTitle, c.lang, c.gender) : title;
  const descriptions = rng.shuffle(c.achievable);
  const used = new Set<string>();
  return jobs
    .map((j, i) => ({
      title: i === 0 && jobs.length > 1 ? early : title,
      organisation: rng.chance(0.9) ? organisationFor(rng, c, j, used) : '',
      country: j.country,
      city: j.city.name,
      start: ym(j.from),
      end: j.to === null ? null : ym(j.to),
      description: descriptions.length && rng.chance(0.6) ? (descriptions[i % descriptions.length] as L3)[c.lang] : '',
    }))
    .reverse();
}

/**
 * An employer name for a job. Names are fictional and French or English (Arabic profiles keep them in French,
 * as Moroccan CVs do); people who learnt a trade informally often worked for no named employer, and names
 * that only fit Morocco are not used for jobs held in a migrant's country of origin.
 */
function organisationFor(rng: Random, c: ExperienceContext, job: { country: string; city: City }, used: Set<string>): string {
  const inMorocco = job.country === 'MA';
  const informal = !c.trade.degreeBased && (c.lang === 'ar' || job.country !== c.country || rng.chance(0.3));
  if (informal) return rng.pick(INFORMAL_WORKPLACES.filter((w) => !w.family || !inMorocco))[c.lang];
  const lang = c.lang === 'en' ? 'en' : 'fr';
  const all = c.trade.orgs[lang].filter((o) => inMorocco || !o.startsWith('MA:'));
  const fitting = c.kind === 'migrant' && !inMorocco ? all.filter((o) => o.includes('{city}')) : all;
  const fresh = (fitting.length ? fitting : all).map((o) => o.replace(/^MA:/, '').replace('{city}', cityText(job.city, lang))).filter((o) => !used.has(o));
  const name = fresh.length ? rng.pick(fresh) : '';
  used.add(name);
  return name;
}

function interestsFor(rng: Random, kind: TalentKind): NonNullable<ProfileInput['interests']> {
  if (kind === 'migrant') {
    const out: NonNullable<ProfileInput['interests']> = [];
    if (rng.chance(0.92)) out.push('employment');
    if (rng.chance(0.7) || out.length === 0) out.push('skills-validation');
    return out;
  }
  const pool = kind === 'diaspora' ? (['missions', 'mentoring', 'investment'] as const) : (['employment', 'investment', 'mentoring', 'missions'] as const);
  const out: NonNullable<ProfileInput['interests']> = rng.sample(pool, rng.int(1, 3));
  if (kind === 'diaspora' && rng.chance(0.1)) out.push('employment');
  return out;
}

function mobilityFor(rng: Random, kind: TalentKind, trade: Trade): MobilityHint & { relocation: boolean } {
  const p = { diaspora: [0.7, 0.75, 0.1], returnee: [0.4, 0.3, 0.3], migrant: [trade.key === 'software-developer' ? 0.6 : 0.05, 0.1, 0.4] }[kind];
  const shortMissions = rng.chance(p[1]!);
  return { remote: rng.chance(p[0]!), shortMissions, maxMissionWeeks: shortMissions ? rng.pick([1, 2, 2, 3, 3, 4, 6]) : null, relocation: rng.chance(p[2]!) };
}

function goalsFor(kind: TalentKind, interests: NonNullable<ProfileInput['interests']>, hasForeignDiploma: boolean): Goal[] {
  return interests.map((i): Goal => {
    if (i === 'employment') return kind === 'migrant' ? 'employment-migrant' : 'employment-morocco';
    if (i === 'skills-validation') return hasForeignDiploma ? 'validation-diploma' : 'validation-no-diploma';
    return i;
  });
}

interface SensitiveContext {
  kind: TalentKind;
  gender: Gender;
  birthYear: number;
  origin: Origin | null;
  host: Country | null;
  secondGeneration: boolean;
}

/** About half the talents answer the sensitive questions (a few only some of them). */
function sensitiveFor(rng: Random, c: SensitiveContext): NonNullable<ProfileInput['sensitive']> {
  const answers = rng.weighted([['all', 45], ['some', 10], ['none', 45]] as const);
  if (answers === 'none') return { nationality: null, residenceStatus: null, gender: null, birthYear: null };
  const gender = rng.chance(0.04) ? 'prefer-not-to-say' : c.gender;
  if (answers === 'some') return { nationality: null, residenceStatus: null, gender, birthYear: c.birthYear };
  const refugeeLikely = c.origin && ['SY', 'YE', 'CD'].includes(c.origin.code);
  const nationality = c.kind === 'migrant' ? c.origin!.code : c.kind === 'diaspora' && rng.chance(c.secondGeneration ? 0.5 : 0.25) ? c.host!.code : 'MA';
  const residenceStatus =
    c.kind === 'returnee'
      ? 'citizen'
      : c.kind === 'diaspora'
        ? c.secondGeneration || nationality !== 'MA' ? 'citizen' : rng.weighted([['residence-permit', 70], ['citizen', 20], ['prefer-not-to-say', 10]] as const)
        : rng.weighted([['residence-permit', 40], ['refugee', refugeeLikely ? 40 : 6], ['asylum-seeker', refugeeLikely ? 15 : 8], ['pending-regularisation', 20], ['no-permit', 8], ['prefer-not-to-say', 12]] as const);
  return { nationality, residenceStatus, gender, birthYear: c.birthYear };
}
