/**
 * The editor's working copy of the profile: what the form controls hold (text for numbers, "" for "not chosen"),
 * turned back into the API's shape only for the sections a step saves. Keeping one draft for all steps means
 * moving between steps never loses what was typed, and the server's copy can change underneath (a skill added
 * from a CV) without overwriting the person's unsaved input.
 */
import { useCallback, useState } from 'react';
import type {
  ACQUISITION_MODES,
  CefrLevel,
  ENGAGEMENT_INTERESTS,
  OwnProfile,
  ProfileVisibility,
  RECOGNITION_STATUSES,
  Sector,
  SpokenLanguage,
  TalentKind,
} from '@kafaat/shared';
import { STEPS, STEP_SECTIONS, type Section, type StepId } from './steps';

/** Element types of the shared enums the draft holds (the shared package exports only the lists). */
export type AcquisitionMode = (typeof ACQUISITION_MODES)[number];
export type EngagementInterest = (typeof ENGAGEMENT_INTERESTS)[number];
export type RecognitionStatus = (typeof RECOGNITION_STATUSES)[number];

/** A skill as its row in the Skills step holds it (years as typed). */
export type SkillDraft = {
  skillId: string;
  level: number;
  years: string;
  acquiredBy: AcquisitionMode[];
  /** Kept as is: documents backing the skill are attached elsewhere. */
  evidence: string[];
  /** Validated by a pilot (shown, never sent). */
  verified: boolean;
};
/** Form-state shapes of the other list entries and sections: text for numbers, "" for nothing chosen yet. */
export type LanguageDraft = { code: SpokenLanguage; level: CefrLevel | ''; native: boolean };
export type ExperienceDraft = {
  key: string;
  title: string;
  organisation: string;
  country: string;
  city: string;
  start: string;
  end: string;
  current: boolean;
  description: string;
};
export type EducationDraft = { key: string; title: string; institution: string; country: string; year: string; recognition: RecognitionStatus | '' };
export type AvailabilityDraft = { key: string; from: string; to: string; note: string };
export type MobilityDraft = { remote: boolean; shortMissions: boolean; maxMissionWeeks: string; relocation: boolean };
export type SensitiveDraft = { nationality: string; residenceStatus: string; gender: string; birthYear: string };

/** The whole editable profile as the editor's controls hold it. */
export type ProfileDraft = {
  kind: TalentKind;
  headline: string;
  /** ISCO-08 minor group codes, in the order chosen. */
  occupations: string[];
  summary: string;
  country: string;
  city: string;
  skills: SkillDraft[];
  languages: LanguageDraft[];
  experience: ExperienceDraft[];
  education: EducationDraft[];
  sectors: Sector[];
  interests: EngagementInterest[];
  mobility: MobilityDraft;
  availability: AvailabilityDraft[];
  visibility: ProfileVisibility;
  sensitive: SensitiveDraft;
};

let lastKey = 0;
/** A React key for a new list entry (experience, education, availability), unique for the page's life. */
export function newKey(): string {
  lastKey += 1;
  return `entry-${lastKey}`;
}

const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** The draft of a profile as the server returned it. */
export function toDraft(profile: OwnProfile): ProfileDraft {
  return {
    kind: profile.kind,
    headline: profile.headline,
    occupations: [...profile.occupations],
    summary: profile.summary,
    country: profile.country ?? '',
    city: profile.city,
    skills: profile.skills.map((s) => ({
      skillId: s.skillId,
      level: s.level,
      years: String(s.years),
      acquiredBy: [...s.acquiredBy],
      evidence: [...s.evidence],
      verified: s.verification.status === 'verified',
    })),
    languages: profile.languages.map((l) => ({ code: l.code, level: l.level, native: l.native })),
    experience: profile.experience.map((e) => ({
      key: newKey(),
      title: e.title,
      organisation: e.organisation,
      country: e.country ?? '',
      city: e.city ?? '',
      start: e.start,
      end: e.end ?? '',
      current: e.end === null,
      description: e.description,
    })),
    education: profile.education.map((e) => ({
      key: newKey(),
      title: e.title,
      institution: e.institution,
      country: e.country ?? '',
      year: text(e.year),
      recognition: e.recognition,
    })),
    sectors: [...profile.sectors],
    interests: [...profile.interests],
    mobility: { ...profile.mobility, maxMissionWeeks: text(profile.mobility.maxMissionWeeks) },
    availability: profile.availability.map((w) => ({ key: newKey(), ...w })),
    visibility: profile.visibility,
    sensitive: {
      nationality: profile.sensitive.nationality ?? '',
      residenceStatus: profile.sensitive.residenceStatus ?? '',
      gender: profile.sensitive.gender ?? '',
      birthYear: text(profile.sensitive.birthYear),
    },
  };
}

/** "" → the fallback; anything else → a number (NaN for junk, which the schema then refuses with a message). */
const numberOr = <T>(value: string, fallback: T): number | T => (value.trim() === '' ? fallback : Number(value));
const orUndefined = (value: string) => (value.trim() === '' ? undefined : value);
const orNull = (value: string) => (value === '' ? null : value);

/** One section as the API expects it in a PATCH (not yet validated: ProfilePatchSchema does that). */
export function payloadOf(draft: ProfileDraft, section: Section): unknown {
  switch (section) {
    case 'country':
      return orNull(draft.country);
    case 'skills':
      return draft.skills.map((s) => ({ skillId: s.skillId, level: s.level, years: numberOr(s.years, 0), acquiredBy: s.acquiredBy, evidence: s.evidence }));
    case 'experience':
      return draft.experience.map((e) => ({
        title: e.title,
        organisation: e.organisation,
        country: orUndefined(e.country),
        city: orUndefined(e.city),
        start: e.start,
        end: e.current ? null : e.end,
        description: e.description,
      }));
    case 'education':
      return draft.education.map((e) => ({
        title: e.title,
        institution: e.institution,
        country: orUndefined(e.country),
        year: numberOr(e.year, undefined),
        recognition: e.recognition,
      }));
    case 'mobility': {
      const { maxMissionWeeks, ...rest } = draft.mobility;
      return { ...rest, maxMissionWeeks: draft.mobility.shortMissions ? numberOr(maxMissionWeeks, null) : null };
    }
    case 'availability':
      return draft.availability.map(({ from, to, note }) => ({ from, to, note }));
    case 'sensitive': {
      const { nationality, residenceStatus, gender, birthYear } = draft.sensitive;
      return { nationality: orNull(nationality), residenceStatus: orNull(residenceStatus), gender: orNull(gender), birthYear: numberOr(birthYear, null) };
    }
    default:
      return draft[section];
  }
}

/** The PATCH body for `sections` of the draft. */
export function patchFor(draft: ProfileDraft, sections: readonly Section[]): Record<string, unknown> {
  return Object.fromEntries(sections.map((section) => [section, payloadOf(draft, section)]));
}

const same = (a: ProfileDraft, b: ProfileDraft, section: Section) => JSON.stringify(payloadOf(a, section)) === JSON.stringify(payloadOf(b, section));

/** Whether any of `sections` differs from the saved copy. */
export function isDirty(draft: ProfileDraft, base: ProfileDraft, sections: readonly Section[]): boolean {
  return sections.some((section) => !same(draft, base, section));
}

const ALL_SECTIONS = [...new Set(Object.values(STEP_SECTIONS).flat())];

/**
 * The draft after the server's copy changed from `oldBase` to `newBase`: sections the person has not touched
 * follow the server; touched ones keep the person's input, except that skills the server gained meanwhile (a CV
 * suggestion accepted) are added, so saving the step does not silently drop them.
 */
export function rebase(draft: ProfileDraft, oldBase: ProfileDraft, newBase: ProfileDraft): ProfileDraft {
  const next: Record<string, unknown> = { ...draft };
  for (const section of ALL_SECTIONS) {
    if (same(oldBase, newBase, section)) continue;
    if (same(draft, oldBase, section)) next[section] = newBase[section];
  }
  const result = next as ProfileDraft;
  if (result.skills === draft.skills) {
    const known = new Set([...oldBase.skills, ...draft.skills].map((s) => s.skillId));
    const gained = newBase.skills.filter((s) => !known.has(s.skillId));
    if (gained.length > 0) result.skills = [...draft.skills, ...gained];
  }
  return result;
}

/** Replaces one section of the draft, with a value or a function of the current one (for quick successive edits). */
export type ChangeSection = <K extends Section>(section: K, value: ProfileDraft[K] | ((current: ProfileDraft[K]) => ProfileDraft[K])) => void;

/** The draft of `profile`, kept in step with the server's copy; `accept` records a step just saved. */
export function useProfileDraft(profile: OwnProfile) {
  const [state, setState] = useState(() => {
    const base = toDraft(profile);
    return { profile, base, draft: base };
  });
  let current = state;
  if (profile !== state.profile) {
    const base = toDraft(profile);
    current = { profile, base, draft: rebase(state.draft, state.base, base) };
    setState(current); // Adjusting state to new props while rendering, as React documents.
  }

  const change: ChangeSection = useCallback((section, value) => {
    setState((previous) => {
      const next = typeof value === 'function' ? value(previous.draft[section]) : value;
      return { ...previous, draft: { ...previous.draft, [section]: next } };
    });
  }, []);

  /** After a save: the server's answer becomes the base, and the saved sections take its (trimmed) values. */
  const accept = useCallback((saved: OwnProfile, sections: readonly Section[]) => {
    setState((previous) => {
      const base = toDraft(saved);
      const draft: Record<string, unknown> = { ...rebase(previous.draft, previous.base, base) };
      for (const section of sections) if (!same(previous.draft, base, section)) draft[section] = base[section];
      return { profile: saved, base, draft: draft as ProfileDraft };
    });
  }, []);

  const unsavedSteps: StepId[] = STEPS.filter((step) => isDirty(current.draft, current.base, STEP_SECTIONS[step]));
  return { draft: current.draft, base: current.base, change, accept, unsavedSteps };
}
