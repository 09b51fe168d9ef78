/**
 * The editor's working copy of an opportunity: what the controls hold (text for numbers and dates, "" for "not
 * chosen"), turned into the API's body only when saving, so a half-typed number never reaches the server and the
 * shared schema can say what to fix before anything is sent.
 */
import { LOCALES, type CefrLevel, type Locale, type Opportunity, type OpportunityType, type Sector, type SpokenLanguage, type WORK_MODES } from '@kafaat/shared';

export type WorkMode = (typeof WORK_MODES)[number];
export type ProjectPurpose = NonNullable<Opportunity['project']>['purpose'];
export type ProjectSeeking = NonNullable<Opportunity['project']>['seeking'][number];
export const PROJECT_PURPOSES: readonly ProjectPurpose[] = ['investment', 'research', 'development'];
export const PROJECT_SEEKING: readonly ProjectSeeking[] = ['expertise', 'investment'];

export type SkillRequirement = { skillId: string; minLevel: number };
export type LanguageRequirement = { code: SpokenLanguage; minLevel: CefrLevel | '' };
/** A line of a list the person types (deliverables), with a stable key for React. */
export type Line = { key: string; text: string };

export type OpportunityDraft = {
  type: OpportunityType | '';
  /** The languages the title and description are written in (each gets its own fields). */
  written: Locale[];
  title: Record<Locale, string>;
  description: Record<Locale, string>;
  sector: Sector | '';
  mustHaveSkills: SkillRequirement[];
  niceToHaveSkills: SkillRequirement[];
  languages: LanguageRequirement[];
  location: { mode: WorkMode; country: string; city: string };
  startDate: string;
  endDate: string;
  deadline: string;
  seats: string;
  mission: { hostInstitution: string; objectives: string; deliverables: Line[]; durationDays: string; travelMad: string; dailyAllowanceMad: string };
  project: { purpose: ProjectPurpose | ''; seeking: ProjectSeeking[] };
};

let lastKey = 0;
/** A React key for a new line, unique for the page's life. */
export function newLineKey(): string {
  lastKey += 1;
  return `line-${lastKey}`;
}

const texts = (record: Record<string, string> | undefined): Record<Locale, string> => ({ fr: record?.fr ?? '', ar: record?.ar ?? '', en: record?.en ?? '' });
const numberText = (value: number | undefined) => (value === undefined ? '' : String(value));

/** A blank opportunity, its text written in the interface language to begin with. */
export function emptyDraft(locale: Locale): OpportunityDraft {
  return {
    type: '',
    written: [locale],
    title: texts(undefined),
    description: texts(undefined),
    sector: '',
    mustHaveSkills: [],
    niceToHaveSkills: [],
    languages: [],
    location: { mode: 'onsite', country: 'MA', city: '' },
    startDate: '',
    endDate: '',
    deadline: '',
    seats: '1',
    mission: { hostInstitution: '', objectives: '', deliverables: [], durationDays: '', travelMad: '0', dailyAllowanceMad: '0' },
    project: { purpose: '', seeking: [] },
  };
}

/** The draft of a saved opportunity. */
export function toDraft(opportunity: Opportunity, locale: Locale): OpportunityDraft {
  const written = LOCALES.filter((lang) => (opportunity.title[lang] ?? '') !== '' || (opportunity.description[lang] ?? '') !== '');
  const { mission, project } = opportunity;
  return {
    type: opportunity.type,
    written: written.length > 0 ? written : [locale],
    title: texts(opportunity.title),
    description: texts(opportunity.description),
    sector: opportunity.sector,
    mustHaveSkills: opportunity.mustHaveSkills.map(({ skillId, minLevel }) => ({ skillId, minLevel })),
    niceToHaveSkills: opportunity.niceToHaveSkills.map(({ skillId, minLevel }) => ({ skillId, minLevel })),
    languages: opportunity.languages.map(({ code, minLevel }) => ({ code, minLevel })),
    location: { ...opportunity.location },
    startDate: opportunity.startDate ?? '',
    endDate: opportunity.endDate ?? '',
    deadline: opportunity.deadline ?? '',
    seats: String(opportunity.seats),
    mission: {
      hostInstitution: mission?.hostInstitution ?? '',
      objectives: mission?.objectives ?? '',
      deliverables: (mission?.deliverables ?? []).map((text) => ({ key: newLineKey(), text })),
      durationDays: numberText(mission?.durationDays),
      travelMad: numberText(mission?.budget.travelMad ?? 0),
      dailyAllowanceMad: numberText(mission?.budget.dailyAllowanceMad ?? 0),
    },
    project: { purpose: project?.purpose ?? '', seeking: [...(project?.seeking ?? [])] },
  };
}

/** "" → the fallback; anything else → a number (NaN for junk, which the schema refuses with a message). */
const numberOr = <T>(value: string, fallback: T): number | T => (value.trim() === '' ? fallback : Number(value));
const orNull = (value: string) => (value === '' ? null : value);

/** Only the languages chosen, and only those with something written. */
function writtenText(draft: OpportunityDraft, field: 'title' | 'description'): Partial<Record<Locale, string>> {
  return Object.fromEntries(draft.written.filter((lang) => draft[field][lang].trim() !== '').map((lang) => [lang, draft[field][lang]]));
}

/**
 * The body of a save, not yet validated (the shared schemas do that): with the type for a new opportunity
 * (`withType`), without it for an edit (the type never changes). Mission and project details only for their type.
 */
export function bodyOf(draft: OpportunityDraft, withType: boolean): Record<string, unknown> {
  const { mission, project } = draft;
  return {
    ...(withType ? { type: draft.type === '' ? undefined : draft.type } : {}),
    title: writtenText(draft, 'title'),
    description: writtenText(draft, 'description'),
    sector: draft.sector === '' ? undefined : draft.sector,
    mustHaveSkills: draft.mustHaveSkills,
    niceToHaveSkills: draft.niceToHaveSkills,
    languages: draft.languages.map(({ code, minLevel }) => ({ code, minLevel: minLevel === '' ? undefined : minLevel })),
    location: { mode: draft.location.mode, country: draft.location.country || undefined, city: draft.location.city },
    startDate: orNull(draft.startDate),
    endDate: orNull(draft.endDate),
    deadline: orNull(draft.deadline),
    seats: numberOr(draft.seats, undefined),
    mission:
      draft.type === 'mission'
        ? {
            hostInstitution: mission.hostInstitution,
            objectives: mission.objectives,
            deliverables: mission.deliverables.map((line) => line.text).filter((text) => text.trim() !== ''),
            durationDays: numberOr(mission.durationDays, undefined),
            budget: { travelMad: numberOr(mission.travelMad, 0), dailyAllowanceMad: numberOr(mission.dailyAllowanceMad, 0) },
          }
        : undefined,
    project: draft.type === 'project' ? { purpose: project.purpose === '' ? undefined : project.purpose, seeking: project.seeking } : undefined,
  };
}

/** Whether the draft says something else than the saved copy. */
export const isDirty = (draft: OpportunityDraft, base: OpportunityDraft) => JSON.stringify(bodyOf(draft, true)) !== JSON.stringify(bodyOf(base, true));

/** The field paths of the form, in display order: the error summary lists problems in this order. */
export function fieldPaths(draft: OpportunityDraft): string[] {
  const each = (list: string, count: number, fields: readonly string[]) => Array.from({ length: count }, (_, i) => fields.map((field) => `${list}.${i}.${field}`)).flat();
  return [
    'type',
    'title',
    ...LOCALES.map((lang) => `title.${lang}`),
    'description',
    ...LOCALES.map((lang) => `description.${lang}`),
    'sector',
    'mission',
    'mission.hostInstitution',
    'mission.objectives',
    'mission.deliverables',
    ...draft.mission.deliverables.map((_, i) => `mission.deliverables.${i}`),
    'mission.durationDays',
    'mission.budget.travelMad',
    'mission.budget.dailyAllowanceMad',
    'project',
    'project.purpose',
    'project.seeking',
    'mustHaveSkills',
    ...each('mustHaveSkills', draft.mustHaveSkills.length, ['skillId', 'minLevel']),
    'niceToHaveSkills',
    ...each('niceToHaveSkills', draft.niceToHaveSkills.length, ['skillId', 'minLevel']),
    'languages',
    ...each('languages', draft.languages.length, ['code', 'minLevel']),
    'location.mode',
    'location.country',
    'location.city',
    'startDate',
    'endDate',
    'deadline',
    'seats',
  ];
}
