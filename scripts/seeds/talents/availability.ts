/**
 * Availability windows of demo talents: for the diaspora, weeks in 2027 around school holidays and leave (when
 * missions are planned); for migrants, "available now" for the months ahead.
 */
import type { AvailabilityWindow, TalentKind } from '@kafaat/shared';
import type { Random } from './random';
import type { TextLanguage } from './places';
import { AVAILABLE_NOW, WINDOW_NOTES } from './texts';

/** Mondays at least six weeks apart, so windows of up to five weeks never overlap. */
const WINDOW_STARTS = ['2027-02-15', '2027-04-12', '2027-05-24', '2027-07-05', '2027-08-16', '2027-10-18', '2027-12-13'];
const LAST_DAY = '2027-12-31';

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export interface MobilityHint {
  remote: boolean;
  shortMissions: boolean;
  maxMissionWeeks: number | null;
}

export function availabilityFor(rng: Random, kind: TalentKind, lang: TextLanguage, mobility: MobilityHint): AvailabilityWindow[] {
  if (kind === 'migrant') {
    if (!rng.chance(0.5)) return [];
    const from = addDays('2026-12-01', rng.int(0, 30));
    return [{ from, to: addDays(from, 7 * rng.int(12, 30)), note: rng.chance(0.7) ? AVAILABLE_NOW[lang] : '' }];
  }
  if (!rng.chance(kind === 'diaspora' ? 0.75 : 0.4)) return [];
  // Notes that contradict the mobility answers are left out.
  const notes = WINDOW_NOTES[lang].filter((_, i) => (i !== 0 || mobility.shortMissions) && (i !== 3 || mobility.remote));
  const weeks = Math.min(4, mobility.maxMissionWeeks ?? rng.int(1, 3));
  return rng
    .sample(WINDOW_STARTS, rng.int(1, kind === 'diaspora' ? 3 : 2))
    .sort()
    .map((start) => {
      const from = addDays(start, rng.int(0, 7));
      const to = addDays(from, 7 * weeks - 3);
      return { from, to: to > LAST_DAY ? LAST_DAY : to, note: rng.pick(notes) };
    });
}
