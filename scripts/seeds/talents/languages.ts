/**
 * The languages of a demo talent, with CEFR levels that follow from their path: Darija (and for some Tamazight)
 * first for Moroccans, the host country's language for the diaspora, the mother tongue and lingua franca of
 * migrants, and Darija learnt over the years spent in Morocco.
 */
import { CEFR_LEVELS, type CefrLevel, type ProfileLanguage, type SpokenLanguage, type TalentKind } from '@kafaat/shared';
import type { Random } from './random';
import type { Origin, TextLanguage } from './places';

export type LanguageLevels = Map<SpokenLanguage, CefrLevel>;

export interface LanguageContext {
  kind: TalentKind;
  origin: Origin | null;
  /** Language of daily life in the (former) host country; null for migrants. */
  hostLanguage: SpokenLanguage | null;
  /** Host country code, to know where Rifian families are many. */
  hostCountry: string | null;
  secondGeneration: boolean;
  degreeBased: boolean;
  /** The language the profile is written in: the person writes it at B2 at least. */
  textLanguage: TextLanguage;
  monthsInMorocco: number;
  needs: Partial<Record<SpokenLanguage, CefrLevel>>;
}

const RIFIAN_HOSTS = new Set(['NL', 'BE', 'DE', 'ES']);
const rank = (l: CefrLevel) => CEFR_LEVELS.indexOf(l);

export function buildLanguages(rng: Random, c: LanguageContext): { list: ProfileLanguage[]; levels: LanguageLevels } {
  const spoken = new Map<SpokenLanguage, { level: CefrLevel; native: boolean }>();
  /** Raises a language to `level` (never lowers it). */
  const set = (code: SpokenLanguage, level: CefrLevel, native = false) => {
    const known = spoken.get(code);
    spoken.set(code, { level: known && rank(known.level) > rank(level) ? known.level : level, native: native || !!known?.native });
  };

  if (c.kind === 'migrant') {
    const o = c.origin!;
    const mother = rng.pick(o.mother);
    set(mother, 'C2', true);
    if (o.language !== mother) set(o.language, o.language === 'ar' ? 'C2' : c.degreeBased ? rng.pick(['C1', 'C2'] as const) : rng.pick(['B1', 'B2', 'C1'] as const));
    const also = o.also.filter((a) => a !== mother);
    if (also.length && rng.chance(0.35)) set(rng.pick(also), rng.pick(['B2', 'C1'] as const));
    if (rng.chance(0.9)) {
      const years = c.monthsInMorocco / 12;
      const step = (years < 1 ? 0 : years < 3 ? 1 : years < 6 ? 2 : 3) + (o.language === 'ar' ? 1 : 0);
      set('ary', CEFR_LEVELS[Math.min(step, 4)]!);
    }
    if (o.language !== 'fr' && rng.chance(0.6)) set('fr', rng.pick(['A1', 'A2', 'B1'] as const));
    if (o.language !== 'en' && rng.chance(c.degreeBased ? 0.6 : 0.2)) set('en', c.degreeBased ? rng.pick(['B1', 'B2'] as const) : 'A2');
  } else {
    const amazigh = rng.chance(0.3) ? rng.weighted<SpokenLanguage>([['shi', 4], ['rif', c.hostCountry && RIFIAN_HOSTS.has(c.hostCountry) ? 6 : 2], ['tzm', 3], ['zgh', 1]]) : null;
    if (c.secondGeneration && c.hostLanguage) {
      set(c.hostLanguage, 'C2', true);
      set('ary', rng.pick(['A2', 'B1', 'B2', 'C1'] as const));
      if (amazigh) set(amazigh, rng.pick(['A2', 'B1'] as const));
      set('ar', rng.pick(['A1', 'A2', 'B1'] as const));
    } else {
      set('ary', 'C2', true);
      if (amazigh) set(amazigh, 'C2', true);
      set('ar', c.degreeBased ? rng.pick(['B2', 'C1', 'C2'] as const) : rng.pick(['B1', 'B2'] as const));
      if (c.hostLanguage && c.hostLanguage !== 'ar') set(c.hostLanguage, c.kind === 'returnee' ? rng.pick(['B2', 'C1'] as const) : rng.pick(['B2', 'C1', 'C2'] as const));
    }
    set('fr', c.degreeBased ? rng.pick(['B2', 'C1', 'C2'] as const) : rng.pick(['B1', 'B2'] as const));
    if (rng.chance(c.degreeBased ? 0.8 : 0.3)) set('en', c.degreeBased ? rng.pick(['B1', 'B2', 'C1', 'C2'] as const) : rng.pick(['A2', 'B1'] as const));
    if (rng.chance(0.15)) set('es', rng.pick(['A2', 'B1', 'B2'] as const));
  }
  set(c.textLanguage, 'B2');
  for (const [code, level] of Object.entries(c.needs) as Array<[SpokenLanguage, CefrLevel]>) set(code, level);

  const list = [...spoken.entries()]
    .map(([code, { level, native }]) => ({ code, level: native ? ('C2' as const) : level, native }))
    .sort((a, b) => Number(b.native) - Number(a.native) || rank(b.level) - rank(a.level));
  return { list, levels: new Map(list.map((l) => [l.code, l.level])) };
}
