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

/** Builds the index for this taxonomy version unless the alias already points at it; returns whether it did. */
export async function indexTaxonomy(client: SearchClient, prefix: string, taxonomy: Taxonomy): Promise<boolean> {
  const alias = skillsAlias(prefix);
  const index = `${alias}_${taxonomy.version}`;
  const current = await client.indices.getAlias({ name: alias }, { ignore: [404] }).catch(() => ({}));
  const currentIndices = Object.keys(current ?? {}).filter((name) => name.startsWith(`${alias}_`));
  if (currentIndices.includes(index)) return false;

  await client.indices.delete({ index, ignore_unavailable: true });
  await client.indices.create({ index, settings: { number_of_shards: 1, number_of_replicas: 0 }, mappings: MAPPINGS });
  const operations = taxonomy.skills.flatMap((skill) => [
    { index: { _index: index, _id: skill.id } },
    {
      sector: skill.sector,
      labels: skill.labels,
      label_exact: [skill.labels.fr, skill.labels.en, skill.labels.ar].map(foldText),
      label_terms: [skill.labels.fr, skill.labels.en, skill.labels.ar].map(foldText),
      synonym_terms: [...skill.synonyms.fr, ...skill.synonyms.en, ...skill.synonyms.ar].map(foldText),
    },
  ]);
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
