/**
 * How complete a profile is, and what to fill in next. The editor shows the score and suggests the steps; the
 * server returns both with the own profile. Pure, so the client can recompute it while the talent types.
 *
 * Weights (total 100) follow COMPLETENESS_STEPS, most useful for matching first: what the talent can do (skills)
 * and says they are (headline) weigh most, then the languages they work in, then the rest.
 */
import { COMPLETENESS_STEPS, type Completeness, type CompletenessStep, type ProfileContent } from '../schemas/profile';

export const COMPLETENESS_WEIGHTS: Record<CompletenessStep, number> = {
  headline: 20,
  skills: 20,
  languages: 12,
  summary: 10,
  location: 8,
  experience: 8,
  education: 6,
  sectors: 5,
  interests: 4,
  availability: 3,
  cv: 2,
  occupations: 2,
};

/** Skills count fully from this many on; fewer give a share (a single skill matches few opportunities). */
export const SKILLS_FOR_FULL_CREDIT = 3;

/** Share (0–1) of each step that is done. */
function progress(content: ProfileContent, extra: { hasCv: boolean }): Record<CompletenessStep, number> {
  const any = (done: boolean) => (done ? 1 : 0);
  const { mobility } = content;
  return {
    headline: any(content.headline.trim() !== ''),
    skills: Math.min(content.skills.length, SKILLS_FOR_FULL_CREDIT) / SKILLS_FOR_FULL_CREDIT,
    languages: any(content.languages.length > 0),
    summary: any(content.summary.trim() !== ''),
    location: any(content.country !== null),
    experience: any(content.experience.length > 0),
    education: any(content.education.length > 0),
    sectors: any(content.sectors.length > 0),
    interests: any(content.interests.length > 0),
    // Saying how one can work (remote, missions, relocation) answers "when and how" as much as dated windows.
    availability: any(content.availability.length > 0 || mobility.remote || mobility.shortMissions || mobility.relocation),
    cv: any(extra.hasCv),
    occupations: any(content.occupations.length > 0),
  };
}

/** Score 0–100 and up to three unfinished steps, most useful first. */
export function profileCompleteness(content: ProfileContent, extra: { hasCv: boolean }): Completeness {
  const done = progress(content, extra);
  const score = Math.round(COMPLETENESS_STEPS.reduce((sum, step) => sum + COMPLETENESS_WEIGHTS[step] * done[step], 0));
  const next = COMPLETENESS_STEPS.filter((step) => done[step] < 1).slice(0, 3);
  return { score, next };
}
