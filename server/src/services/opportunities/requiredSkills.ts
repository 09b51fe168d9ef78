/** Skills an opportunity asks for must exist in the taxonomy: matching compares them by id with profiles. */
import type { FieldIssue } from '@kafaat/shared';
import { validationFailed } from '../../errors';
import { Skill } from '../../models/Skill';

type SkillLists = { mustHaveSkills?: Array<{ skillId: string }>; niceToHaveSkills?: Array<{ skillId: string }> };

/** Refuses unknown skill ids with a 400 naming each field (e.g. `mustHaveSkills.2.skillId`). */
export async function checkRequiredSkills(lists: SkillLists): Promise<void> {
  const fields = (['mustHaveSkills', 'niceToHaveSkills'] as const).filter((field) => lists[field]);
  const ids = [...new Set(fields.flatMap((field) => lists[field]!.map((s) => s.skillId)))];
  if (ids.length === 0) return;
  const known = new Set((await Skill.find({ _id: { $in: ids } }, { _id: 1 }).lean()).map((s) => String(s._id)));
  const issues: FieldIssue[] = [];
  for (const field of fields) {
    lists[field]!.forEach((skill, i) => {
      if (!known.has(skill.skillId)) issues.push({ path: `${field}.${i}.skillId`, location: 'body', code: 'unknown_skill', message: 'this skill is not in the taxonomy' });
    });
  }
  if (issues.length > 0) throw validationFailed(issues);
}
