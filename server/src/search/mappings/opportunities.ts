/**
 * The opportunities index (`<prefix>opportunities`): every opportunity, any status (search filters on
 * `status: published` and the deadline; matching reads required skills and languages by taxonomy id).
 * Built from the opportunity, its organisation (id and name) and the taxonomy skills it asks for.
 *
 * Titles and descriptions are folded with `foldText` into one searchable field each (all languages together);
 * the texts as written are kept, not indexed, to show in the reader's language.
 */
import { createHash } from 'node:crypto';
import type { OpportunityStatus, OpportunityType } from '@kafaat/shared';
import { foldText } from '@kafaat/shared';
import { cefrRank, skillTerms, type SkillNames } from './profiles';

type Texts = { fr?: string | null; ar?: string | null; en?: string | null };

/** The part of a stored opportunity the document needs (a lean Opportunity document fits). */
export interface OpportunitySource {
  _id: { toString(): string };
  type: string;
  status?: string | null;
  organisationId: { toString(): string };
  title: Texts;
  description: Texts;
  sector: string;
  mustHaveSkills?: Array<{ skillId: string; minLevel: number }> | null;
  niceToHaveSkills?: Array<{ skillId: string; minLevel: number }> | null;
  languages?: Array<{ code?: string | null; minLevel?: string | null }> | null;
  location: { mode: string; country?: string | null; city?: string | null };
  startDate?: string | null;
  endDate?: string | null;
  deadline?: string | null;
  publishedAt?: Date | null;
  updatedAt?: Date | null;
}

/** An opportunity as indexed. Field names are a contract with matching (server/src/search/matching): never rename. */
export interface OpportunityIndexDoc {
  id: string;
  type: OpportunityType;
  status: OpportunityStatus;
  organisation: { id: string; name: string };
  /** As written, per language; stored only. */
  titles: { fr?: string; ar?: string; en?: string };
  descriptions: { fr?: string; ar?: string; en?: string };
  /** Folded, every language, searched. */
  title_text: string[];
  description_text: string[];
  /** Folded labels and synonyms of the skills asked for (must-have and nice-to-have). */
  skill_text: string[];
  sector: string;
  must_have: Array<{ id: string; minLevel: number }>;
  nice_to_have: Array<{ id: string; minLevel: number }>;
  must_have_ids: string[];
  nice_to_have_ids: string[];
  /** `minLevel` 1–6 for A1–C2. */
  languages: Array<{ code: string; minLevel: number }>;
  /** `city` as written; `city_key` folded, for the city filter ("Fès" = "fes"). */
  location: { mode: string; country: string | null; city: string | null; city_key: string | null };
  /** From start to end date, "YYYY-MM-DD"; either side open when unknown; absent when neither is set. */
  dates: { gte?: string; lte?: string } | null;
  /** Last day to apply, "YYYY-MM-DD"; null when open until closed. */
  deadline: string | null;
  published_at: string | null;
  updated_at: string | null;
}

const keyword = { type: 'keyword' as const };
const folded = { type: 'text' as const, analyzer: 'standard' };
const required = { type: 'nested' as const, dynamic: 'strict' as const, properties: { id: keyword, minLevel: { type: 'byte' as const } } };

export const OPPORTUNITIES_MAPPING = {
  dynamic: 'strict' as const,
  properties: {
    id: keyword,
    type: keyword,
    status: keyword,
    organisation: { dynamic: 'strict' as const, properties: { id: keyword, name: { type: 'keyword' as const, index: false } } },
    titles: { type: 'object' as const, enabled: false },
    descriptions: { type: 'object' as const, enabled: false },
    title_text: folded,
    description_text: folded,
    skill_text: folded,
    sector: keyword,
    must_have: required,
    nice_to_have: required,
    must_have_ids: keyword,
    nice_to_have_ids: keyword,
    languages: { type: 'nested' as const, dynamic: 'strict' as const, properties: { code: keyword, minLevel: { type: 'byte' as const } } },
    location: { dynamic: 'strict' as const, properties: { mode: keyword, country: keyword, city: keyword, city_key: keyword } },
    dates: { type: 'date_range' as const, format: 'yyyy-MM-dd' },
    deadline: { type: 'date' as const, format: 'yyyy-MM-dd' },
    published_at: { type: 'date' as const },
    updated_at: { type: 'date' as const },
  },
};

/** Bump when `toOpportunityDoc` changes what it writes without the mapping changing. */
const BUILDER_REVISION = 1;

export const OPPORTUNITIES_MAPPING_VERSION = createHash('sha256').update(JSON.stringify(OPPORTUNITIES_MAPPING)).update(String(BUILDER_REVISION)).digest('hex').slice(0, 10);

const texts = (t: Texts) => Object.fromEntries(Object.entries(t ?? {}).filter(([, v]) => typeof v === 'string' && v.length > 0)) as OpportunityIndexDoc['titles'];
const foldAll = (t: Texts) => Object.values(texts(t)).map((v) => foldText(v!)).filter(Boolean);

/** The document for one opportunity. Pure: `skills` are the taxonomy skills it names, `organisation` its owner. */
export function toOpportunityDoc(opportunity: OpportunitySource, organisation: { _id: { toString(): string }; name: string }, skills: ReadonlyMap<string, SkillNames>): OpportunityIndexDoc {
  const mustHave = (opportunity.mustHaveSkills ?? []).map((s) => ({ id: s.skillId, minLevel: s.minLevel }));
  const niceToHave = (opportunity.niceToHaveSkills ?? []).map((s) => ({ id: s.skillId, minLevel: s.minLevel }));
  const { startDate, endDate } = opportunity;
  const dates = startDate || endDate ? { ...(startDate ? { gte: startDate } : {}), ...(endDate ? { lte: endDate } : {}) } : null;
  return {
    id: String(opportunity._id),
    type: opportunity.type as OpportunityType,
    status: (opportunity.status ?? 'draft') as OpportunityStatus,
    organisation: { id: String(organisation._id), name: organisation.name },
    titles: texts(opportunity.title),
    descriptions: texts(opportunity.description),
    title_text: foldAll(opportunity.title),
    description_text: foldAll(opportunity.description),
    skill_text: [...new Set([...mustHave, ...niceToHave].flatMap((s) => (skills.get(s.id) ? skillTerms(skills.get(s.id)!) : [])))],
    sector: opportunity.sector,
    must_have: mustHave,
    nice_to_have: niceToHave,
    must_have_ids: mustHave.map((s) => s.id),
    nice_to_have_ids: niceToHave.map((s) => s.id),
    languages: (opportunity.languages ?? []).filter((l) => l.code && l.minLevel && cefrRank(l.minLevel) > 0).map((l) => ({ code: l.code!, minLevel: cefrRank(l.minLevel!) })),
    location: {
      mode: opportunity.location.mode,
      country: opportunity.location.country ?? null,
      city: opportunity.location.city || null,
      city_key: opportunity.location.city ? foldText(opportunity.location.city) || null : null,
    },
    dates,
    deadline: opportunity.deadline ?? null,
    published_at: opportunity.publishedAt ? new Date(opportunity.publishedAt).toISOString() : null,
    updated_at: opportunity.updatedAt ? new Date(opportunity.updatedAt).toISOString() : null,
  };
}
