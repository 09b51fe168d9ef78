/**
 * The skills index: one physical index per taxonomy version (`<prefix>skills_<version>`) behind the alias
 * `<prefix>skills`, so a new taxonomy is built beside the old one and swapped in with no downtime.
 */
import { foldText, type Locale, type SkillSuggestion } from '@kafaat/shared';
import type { SearchClient } from './client';
import { buildSkillSuggestQuery } from './translators/skillSuggest';
import type { Taxonomy } from '../services/taxonomy/taxonomyReader';

const MAPPINGS = {
  dynamic: 'strict' as const,
  properties: {
    sector: { type: 'keyword' as const },
    labels: { type: 'object' as const, enabled: false },
    label_exact: { type: 'keyword' as const },
    label_terms: { type: 'text' as const, analyzer: 'standard' },
    synonym_terms: { type: 'text' as const, analyzer: 'standard' },
  },
};

export const skillsAlias = (prefix: string) => `${prefix}skills`;

/** A skill as indexed: its names shown as stored, every name and synonym folded for matching. */
type IndexedSkill = Pick<Taxonomy['skills'][number], 'sector' | 'labels' | 'synonyms'>;

function skillDocument(skill: IndexedSkill) {
  const labels = [skill.labels.fr, skill.labels.en, skill.labels.ar].map(foldText);
  return {
    sector: skill.sector,
    labels: { fr: skill.labels.fr, en: skill.labels.en, ar: skill.labels.ar },
    label_exact: labels,
    label_terms: labels,
    synonym_terms: [...skill.synonyms.fr, ...skill.synonyms.en, ...skill.synonyms.ar].map(foldText),
  };
}

/**
 * Indexes (or re-indexes) one skill into the index the alias points at and refreshes it, so the picker finds an
 * approved change at once. Writes only through an existing alias: without one (the taxonomy was never indexed)
 * it returns false rather than letting Elasticsearch create a stray index under the alias's name.
 */
export async function indexSkill(client: SearchClient, prefix: string, skill: IndexedSkill & { id: string }): Promise<boolean> {
  const alias = skillsAlias(prefix);
  const current = await client.indices.getAlias({ name: alias }, { ignore: [404] });
  const [index] = Object.keys(current ?? {}).filter((name) => name.startsWith(`${alias}_`));
  if (!index) return false;
  await client.index({ index, id: skill.id, document: skillDocument(skill), refresh: true });
  return true;
}

/** Builds the index for this taxonomy version unless the alias already points at it; returns whether it did. */
export async function indexTaxonomy(client: SearchClient, prefix: string, taxonomy: Taxonomy): Promise<boolean> {
  const alias = skillsAlias(prefix);
  const index = `${alias}_${taxonomy.version}`;
  const current = await client.indices.getAlias({ name: alias }, { ignore: [404] }).catch(() => ({}));
  const currentIndices = Object.keys(current ?? {}).filter((name) => name.startsWith(`${alias}_`));
  if (currentIndices.includes(index)) return false;

  await client.indices.delete({ index, ignore_unavailable: true });
  await client.indices.create({ index, settings: { number_of_shards: 1, number_of_replicas: 0 }, mappings: MAPPINGS });
  const operations = taxonomy.skills.flatMap((skill) => [{ index: { _index: index, _id: skill.id } }, skillDocument(skill)]);
  const res = await client.bulk({ operations, refresh: true });
  if (res.errors) throw new Error(`indexing the taxonomy failed for ${res.items.filter((i) => i.index?.error).length} skills`);
  await client.indices.updateAliases({
    actions: [...currentIndices.map((old) => ({ remove: { index: old, alias } })), { add: { index, alias } }],
  });
  if (currentIndices.length) await client.indices.delete({ index: currentIndices, ignore_unavailable: true });
  return true;
}

/** The skill picker: best skills for what the user typed, labelled in `lang`. */
export async function suggestSkills(client: SearchClient, prefix: string, q: string, lang: Locale, limit: number): Promise<SkillSuggestion[]> {
  const folded = foldText(q);
  if (!folded) return [];
  const res = await client.search<{ sector: SkillSuggestion['sector']; labels: SkillSuggestion['labels'] }>({
    index: skillsAlias(prefix),
    ...buildSkillSuggestQuery(folded, limit),
  });
  return res.hits.hits.map((hit) => ({
    id: hit._id!,
    label: hit._source!.labels[lang],
    labels: hit._source!.labels,
    sector: hit._source!.sector,
    score: hit._score ?? 0,
  }));
}
