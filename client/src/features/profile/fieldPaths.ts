/**
 * The field paths of a step, in display order: the error summary lists problems in this order, and a server error
 * whose path is listed here ("skills.3.level") is shown next to that field rather than only in the summary.
 */
import type { ProfileDraft } from './draft';
import type { StepId } from './steps';

const each = (section: string, count: number, fields: readonly string[]) =>
  Array.from({ length: count }, (_, i) => fields.map((field) => `${section}.${i}.${field}`)).flat();

export function fieldPaths(step: StepId, draft: ProfileDraft): string[] {
  switch (step) {
    case 'about':
      return ['kind', 'headline', 'occupations', ...draft.occupations.map((_, i) => `occupations.${i}`), 'summary', 'country', 'city'];
    case 'skills':
      return ['skills', ...each('skills', draft.skills.length, ['skillId', 'level', 'years', 'acquiredBy'])];
    case 'languages':
      return [...each('languages', draft.languages.length, ['code', 'level', 'native']), 'languages'];
    case 'experience':
      return [
        ...each('experience', draft.experience.length, ['title', 'organisation', 'country', 'city', 'start', 'current', 'end', 'description']),
        'experience',
        ...each('education', draft.education.length, ['title', 'institution', 'country', 'year', 'recognition']),
        'education',
      ];
    case 'engagement':
      return [
        'sectors',
        'interests',
        'mobility.remote',
        'mobility.shortMissions',
        'mobility.maxMissionWeeks',
        'mobility.relocation',
        ...each('availability', draft.availability.length, ['from', 'to', 'note']),
        'availability',
      ];
    case 'privacy':
      return ['visibility', 'sensitive.nationality', 'sensitive.residenceStatus', 'sensitive.gender', 'sensitive.birthYear'];
    case 'documents':
      return [];
  }
}
