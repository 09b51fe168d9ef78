/**
 * The profile editor's seven steps, in order, with the profile sections each one saves. A step is addressed by
 * `?step=<id>` so the browser's back button, bookmarks and the completeness card's links all land on it.
 */
import type { CompletenessStep, ProfileContent } from '@kafaat/shared';

export const STEPS = ['about', 'skills', 'languages', 'experience', 'engagement', 'documents', 'privacy'] as const;
export type StepId = (typeof STEPS)[number];

/** A section of the profile the editor edits. */
export type Section = keyof ProfileContent;

/** What each step PATCHes, and nothing else; the documents step saves through its own API. */
export const STEP_SECTIONS: Readonly<Record<StepId, readonly Section[]>> = {
  about: ['kind', 'headline', 'occupations', 'summary', 'country', 'city'],
  skills: ['skills'],
  languages: ['languages'],
  experience: ['experience', 'education'],
  engagement: ['sectors', 'interests', 'mobility', 'availability'],
  documents: [],
  privacy: ['visibility', 'sensitive'],
};

/** The step named in the address, or the first one when it names none (or an unknown one). */
export function stepFromParam(value: string | null): StepId {
  return STEPS.find((step) => step === value) ?? 'about';
}

/** Where each completeness suggestion is done: the completeness card links each one to its step. */
export const COMPLETENESS_STEP_TARGETS: Readonly<Record<CompletenessStep, StepId>> = {
  headline: 'about',
  summary: 'about',
  location: 'about',
  skills: 'skills',
  languages: 'languages',
  experience: 'experience',
  education: 'experience',
  sectors: 'engagement',
  interests: 'engagement',
  availability: 'engagement',
  cv: 'documents',
  occupations: 'about',
};
