/** One skill of the taxonomy as GET /api/v1/skills/:id returns it. */
import type { SkillDetail } from '@kafaat/shared';
import { labelsOf, listsOf, type Labels, type Lists } from './skillProposal';

interface StoredSkill {
  _id: string;
  sector: string;
  labels?: Labels;
  synonyms?: Lists;
  broader: string[];
  related: string[];
  isco: string[];
}

/** One skill with the names of its broader and related skills (`others`: those found; missing ids are left out). */
export function presentSkillDetail(skill: StoredSkill, others: Map<string, Labels>): SkillDetail {
  const refs = (ids: string[]) => ids.filter((id) => others.has(id)).map((id) => ({ id, labels: labelsOf(others.get(id)) }));
  return {
    id: skill._id,
    sector: skill.sector as SkillDetail['sector'],
    labels: labelsOf(skill.labels),
    synonyms: listsOf(skill.synonyms),
    broader: refs(skill.broader),
    related: refs(skill.related),
    isco: [...skill.isco],
  };
}
