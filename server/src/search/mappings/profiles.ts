/**
 * The talents index (`<prefix>profiles`): what searchers and matching may know of a profile, and nothing more.
 * Built from the profile, its talent's account (display name only) and the taxonomy skills it names.
 *
 * Never indexed: the sensitive answers (nationality, residence status, gender, birth year), the email, the
 * documents, experience and education details. A field added here is visible to every employer who searches.
 *
 * Text is folded with `foldText` before indexing (the cluster has no asciifolding), analysed by `standard`; the
 * original headline and summary are kept, not indexed, to show and highlight as written. Hidden profiles are
 * indexed with visibility "hidden" and filtered out at query time (`visibility ∈ profilePolicy.visibleTo`).
 */
import { createHash } from 'node:crypto';
import { CEFR_LEVELS, foldText, type CefrLevel, type ProfileVisibility, type TalentKind } from '@kafaat/shared';

/** The part of a taxonomy skill the document needs: its labels and synonyms in the three languages. */
export interface SkillNames {
  _id: string;
  labels: { fr: string; en: string; ar: string };
  synonyms?: { fr?: string[] | null; en?: string[] | null; ar?: string[] | null } | null;
}

/** The part of a stored profile the document needs (a lean Profile document fits). */
export interface ProfileSource {
  _id: { toString(): string };
  kind: string;
  headline?: string | null;
  summary?: string | null;
  country?: string | null;
  city?: string | null;
  languages?: Array<{ code?: string | null; level?: string | null; native?: boolean | null }> | null;
  skills?: Array<{ skillId: string; level: number; years?: number | null; verification?: { status?: string | null } | null }> | null;
  occupations?: string[] | null;
  sectors?: string[] | null;
  interests?: string[] | null;
  mobility?: { remote?: boolean | null; shortMissions?: boolean | null; maxMissionWeeks?: number | null; relocation?: boolean | null } | null;
  availability?: Array<{ from?: string | null; to?: string | null }> | null;
  visibility: string;
  updatedAt?: Date | null;
}

/** A talent as indexed. Field names are a contract with matching (server/src/search/matching): never rename. */
export interface ProfileIndexDoc {
  id: string;
  /** The talent's user id (= id): lets the erasure sweep (search/erasure.ts) find the document. */
  ownerId: string;
  displayName: string;
  kind: TalentKind;
  visibility: ProfileVisibility;
  /** As written, stored only (shown and highlighted in answers). */
  headline: string;
  summary: string;
  /** Folded, searched. */
  headline_text: string;
  summary_text: string;
  skills: Array<{ id: string; level: number; years: number; verified: boolean }>;
  skill_ids: string[];
  verified_skill_ids: string[];
  /** Folded labels and synonyms, in French, English and Arabic, of every skill of the profile. */
  skill_text: string[];
  /** `level` is 1–6 for A1–C2; a native language counts as 6 (C2), its declared level stays in `declared`. */
  languages: Array<{ code: string; level: number; native: boolean; declared: CefrLevel }>;
  /** Codes of the languages spoken, flat, for the languages facet (a nested aggregation costs more). */
  language_codes: string[];
  /**
   * `<code>:<n>` for every level n the talent reaches in that language (B2 in French: `fr:1` … `fr:4`), so "French
   * at least B2" is one term filter instead of a nested query.
   */
  language_levels: string[];
  country: string | null;
  city: string | null;
  sectors: string[];
  interests: string[];
  occupations: string[];
  mobility: { remote: boolean; shortMissions: boolean; maxMissionWeeks: number | null; relocation: boolean };
  /** Availability windows as date ranges, "YYYY-MM-DD" inclusive. */
  availability: Array<{ gte: string; lte: string }>;
  /** Most years of practice declared for any one skill. */
  years_experience: number;
  updated_at: string | null;
}

const keyword = { type: 'keyword' as const };
/** A facet's field: its global ordinals are built when the index refreshes, not by the first search after. */
const facetKeyword = { type: 'keyword' as const, eager_global_ordinals: true };
/** Folded free text (talent search marks highlights in the app: search/highlight.ts). */
const folded = { type: 'text' as const, analyzer: 'standard' };
const storedOnly = { type: 'text' as const, index: false };

/**
 * The mapping; `dynamic: 'strict'` so a field not declared here is refused instead of being guessed. The folded
 * copies of the text are searched but not kept in `_source` (two thirds of a document, the skill names in three
 * languages): nothing reads them back, an index is rebuilt from MongoDB, and every hit fetched (a page, 200 match
 * candidates) would otherwise decompress them.
 */
export const PROFILES_MAPPING = {
  dynamic: 'strict' as const,
  _source: { excludes: ['headline_text', 'summary_text', 'skill_text'] },
  properties: {
    id: keyword,
    ownerId: keyword,
    displayName: { type: 'keyword' as const, index: false },
    kind: facetKeyword,
    visibility: keyword,
    headline: storedOnly,
    summary: storedOnly,
    headline_text: folded,
    summary_text: folded,
    skills: {
      type: 'nested' as const,
      dynamic: 'strict' as const,
      properties: { id: keyword, level: { type: 'byte' as const }, years: { type: 'byte' as const }, verified: { type: 'boolean' as const } },
    },
    skill_ids: facetKeyword,
    verified_skill_ids: keyword,
    skill_text: folded,
    languages: {
      type: 'nested' as const,
      dynamic: 'strict' as const,
      properties: { code: keyword, level: { type: 'byte' as const }, native: { type: 'boolean' as const }, declared: { type: 'keyword' as const, index: false } },
    },
    language_codes: facetKeyword,
    language_levels: keyword,
    country: facetKeyword,
    city: keyword,
    sectors: facetKeyword,
    interests: facetKeyword,
    occupations: keyword,
    mobility: {
      dynamic: 'strict' as const,
      properties: {
        remote: { type: 'boolean' as const },
        shortMissions: { type: 'boolean' as const },
        maxMissionWeeks: { type: 'byte' as const },
        relocation: { type: 'boolean' as const },
      },
    },
    availability: { type: 'date_range' as const, format: 'yyyy-MM-dd' },
    years_experience: { type: 'short' as const },
    updated_at: { type: 'date' as const },
  },
};

/** Bump when `toProfileDoc` changes what it writes without the mapping changing: a new index is then built. */
const BUILDER_REVISION = 1;

/** Part of the physical index name: a new mapping or builder gets a new index, filled by `npm run reindex`. */
export const PROFILES_MAPPING_VERSION = createHash('sha256').update(JSON.stringify(PROFILES_MAPPING)).update(String(BUILDER_REVISION)).digest('hex').slice(0, 10);

/** CEFR level as a number, A1 = 1 … C2 = 6. */
export const cefrRank = (level: string): number => CEFR_LEVELS.indexOf(level as CefrLevel) + 1;

/** Folded labels and synonyms of one skill, every language. */
export function skillTerms(skill: SkillNames): string[] {
  let terms = termsOf.get(skill);
  if (!terms) {
    const names = [skill.labels.fr, skill.labels.en, skill.labels.ar, ...(skill.synonyms?.fr ?? []), ...(skill.synonyms?.en ?? []), ...(skill.synonyms?.ar ?? [])];
    terms = [...new Set(names.map(foldText).filter(Boolean))];
    termsOf.set(skill, terms);
  }
  return terms;
}

/** Terms per skill object: the taxonomy snapshot keeps one object per skill, so a search folds each name once. */
const termsOf = new WeakMap<SkillNames, string[]>();

/** The words of a skill's folded names, every language: what a query word must be to name it. */
export function skillWords(skill: SkillNames): ReadonlySet<string> {
  let words = wordsOf.get(skill);
  if (!words) {
    words = new Set(skillTerms(skill).flatMap((name) => name.split(' ')));
    wordsOf.set(skill, words);
  }
  return words;
}

const wordsOf = new WeakMap<SkillNames, ReadonlySet<string>>();

/**
 * The document for one profile. Pure: `skills` are the taxonomy skills the profile names (a skill missing from
 * the taxonomy keeps its id and level but adds no text). Sensitive fields are not read, so they cannot leak.
 */
export function toProfileDoc(profile: ProfileSource, user: { displayName: string }, skills: ReadonlyMap<string, SkillNames>): ProfileIndexDoc {
  const id = String(profile._id);
  const declared = profile.skills ?? [];
  const languages = (profile.languages ?? [])
    .filter((l) => l.code && l.level && cefrRank(l.level) > 0)
    .map((l) => ({ code: l.code!, level: l.native ? 6 : cefrRank(l.level!), native: !!l.native, declared: l.level as CefrLevel }));
  const headline = profile.headline ?? '';
  const summary = profile.summary ?? '';
  return {
    id,
    ownerId: id,
    displayName: user.displayName,
    kind: profile.kind as TalentKind,
    visibility: profile.visibility as ProfileVisibility,
    headline,
    summary,
    headline_text: foldText(headline),
    summary_text: foldText(summary),
    skills: declared.map((s) => ({ id: s.skillId, level: s.level, years: s.years ?? 0, verified: s.verification?.status === 'verified' })),
    skill_ids: declared.map((s) => s.skillId),
    verified_skill_ids: declared.filter((s) => s.verification?.status === 'verified').map((s) => s.skillId),
    skill_text: declared.flatMap((s) => {
      const skill = skills.get(s.skillId);
      return skill ? skillTerms(skill) : [];
    }),
    languages,
    language_codes: languages.map((l) => l.code),
    language_levels: languages.flatMap((l) => Array.from({ length: l.level }, (_, i) => `${l.code}:${i + 1}`)),
    country: profile.country ?? null,
    city: profile.city ? profile.city : null,
    sectors: profile.sectors ?? [],
    interests: profile.interests ?? [],
    occupations: profile.occupations ?? [],
    mobility: {
      remote: !!profile.mobility?.remote,
      shortMissions: !!profile.mobility?.shortMissions,
      maxMissionWeeks: profile.mobility?.maxMissionWeeks ?? null,
      relocation: !!profile.mobility?.relocation,
    },
    availability: (profile.availability ?? []).filter((w) => w.from && w.to && w.to >= w.from).map((w) => ({ gte: w.from!, lte: w.to! })),
    years_experience: declared.reduce((max, s) => Math.max(max, s.years ?? 0), 0),
    updated_at: profile.updatedAt ? new Date(profile.updatedAt).toISOString() : null,
  };
}
