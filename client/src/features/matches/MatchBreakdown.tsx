/**
 * Why a talent and an opportunity fit, in sentences of the reader's language, from the server's explanation codes
 * (docs/MATCHING.md): the tier, then each required skill (✓ held, ≈ covered by a close skill or below the level,
 * ✗ missing), languages, availability, place and verified skills. Managers read it about the talent ("Has…");
 * the talent reads it about themselves ("You have…", "You are missing…"). The marks are decoration: every
 * sentence says the same in words.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageFit, MatchExplanation, SkillFit } from '@kafaat/shared';
import { useFormat } from '../../i18n/format';
import { useLanguageName } from '../profile/languageNames';

/** Who reads the explanation: an opportunity's manager about a talent, or the talent about an opportunity. */
export type Perspective = 'manager' | 'talent';

type Mark = 'met' | 'close' | 'missing';
const MARKS: Record<Mark, string> = { met: '✓', close: '≈', missing: '✗' };

type MatchBreakdownProps = {
  explanation: MatchExplanation;
  /** Skill id → name in the reader's language (the page's `skillLabels`). */
  skillLabels: Readonly<Record<string, string>>;
  perspective: Perspective;
};

/** The explanation of one match, part by part. */
export function MatchBreakdown({ explanation, skillLabels, perspective }: MatchBreakdownProps) {
  const { t } = useTranslation();
  const { mustHave, niceToHave, languages, availability, location, verified } = explanation;
  return (
    <div className="match-breakdown">
      <p className={`match-breakdown__tier match-breakdown__tier--${explanation.tier}`}>
        {mustHave.length === 0 ? t(`matches.tier.${perspective}.none`) : t(`matches.tier.${perspective}.${explanation.tier}`)}
      </p>
      {mustHave.length > 0 ? <SkillFits title={t('matches.parts.mustHave')} fits={mustHave} skillLabels={skillLabels} perspective={perspective} /> : null}
      {niceToHave.length > 0 ? <SkillFits title={t('matches.parts.niceToHave')} fits={niceToHave} skillLabels={skillLabels} perspective={perspective} /> : null}
      {languages.length > 0 ? <LanguageFits fits={languages} perspective={perspective} /> : null}
      {availability.applicable ? <AvailabilityPart availability={availability} perspective={perspective} /> : null}
      <LocationPart location={location} perspective={perspective} />
      {verified.of > 0 ? <Part title={t('matches.parts.verified')}>{t(`matches.verified.${perspective}`, { count: verified.of, verified: verified.count, of: verified.of })}</Part> : null}
    </div>
  );
}

function Part({ title, children }: { title: string; children: string }) {
  return (
    <div className="match-breakdown__part">
      <p className="match-breakdown__label">{title}</p>
      <p>{children}</p>
    </div>
  );
}

function FitItem({ mark, children }: { mark: Mark; children: ReactNode }) {
  return (
    <li className={`fit fit--${mark}`}>
      <span className="fit__mark" aria-hidden="true">
        {MARKS[mark]}
      </span>
      <span>{children}</span>
    </li>
  );
}

function SkillFits({ title, fits, skillLabels, perspective }: { title: string; fits: SkillFit[]; skillLabels: Readonly<Record<string, string>>; perspective: Perspective }) {
  const { t } = useTranslation();
  const name = (id: string) => skillLabels[id] ?? t('profile.skills.placeholder');
  const level = (value: number | null) => (value === null ? '' : t(`profile.skills.levels.${String(value) as '1'}`));
  return (
    <div className="match-breakdown__part">
      <p className="match-breakdown__label">{title}</p>
      <ul className="fits">
        {fits.map((fit) => {
          const below = fit.talentLevel !== null && fit.talentLevel < fit.minLevel;
          const values = { skill: name(fit.skillId), level: level(fit.talentLevel), min: level(fit.minLevel) };
          let mark: Mark = 'missing';
          let text = t(`matches.skill.${perspective}.missing`, values);
          if (fit.status === 'met') {
            mark = below ? 'close' : 'met';
            text = t(`matches.skill.${perspective}.${below ? 'metBelow' : 'met'}`, values);
          } else if (fit.status === 'close' && fit.via) {
            mark = 'close';
            text = t(`matches.skill.${perspective}.${below ? 'closeBelow' : 'close'}`, { ...values, via: name(fit.via.skillId), relation: t(`matches.relations.${fit.via.relation}`) });
          }
          return (
            <FitItem key={fit.skillId} mark={mark}>
              {text}
              {fit.verified && fit.status !== 'missing' ? <span className="badge badge--verified">{t('profile.skills.verified')}</span> : null}
            </FitItem>
          );
        })}
      </ul>
    </div>
  );
}

function LanguageFits({ fits, perspective }: { fits: LanguageFit[]; perspective: Perspective }) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  return (
    <div className="match-breakdown__part">
      <p className="match-breakdown__label">{t('matches.parts.languages')}</p>
      <ul className="fits">
        {fits.map((fit) => {
          const values = { language: languageName(fit.code), level: fit.talentLevel ?? '', min: fit.minLevel };
          const mark: Mark = fit.status === 'met' ? 'met' : fit.status === 'below' ? 'close' : 'missing';
          return (
            <FitItem key={fit.code} mark={mark}>
              {t(`matches.language.${perspective}.${fit.status}`, values)}
            </FitItem>
          );
        })}
      </ul>
    </div>
  );
}

/** Availability: every day needed, some of them, none, or no window declared. */
function AvailabilityPart({ availability, perspective }: { availability: MatchExplanation['availability']; perspective: Perspective }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { windowsDeclared, requiredDays, overlapDays } = availability;
  const values = { count: requiredDays, required: format.number(requiredDays), overlap: format.number(overlapDays) };
  let text = t(`matches.availability.${perspective}.partial`, values);
  if (!windowsDeclared) text = t(`matches.availability.${perspective}.unknown`);
  else if (overlapDays >= requiredDays) text = t(`matches.availability.${perspective}.full`, values);
  else if (overlapDays === 0) text = t(`matches.availability.${perspective}.none`);
  return <Part title={t('matches.parts.availability')}>{text}</Part>;
}

/** Place: a sentence for the reason the server gives, with the mission's and the talent's weeks when known. */
function LocationPart({ location, perspective }: { location: MatchExplanation['location']; perspective: Perspective }) {
  const { t } = useTranslation();
  return <Part title={t('matches.parts.location')}>{useLocationText(location, perspective)}</Part>;
}

function useLocationText(location: MatchExplanation['location'], perspective: Perspective): string {
  const { t } = useTranslation();
  const format = useFormat();
  const weeks = (count: number) => t('matches.weeks', { count, weeks: format.number(count) });
  const length = location.missionWeeks === null ? null : weeks(location.missionWeeks);
  const max = location.maxMissionWeeks === null ? null : weeks(location.maxMissionWeeks);
  const prefix = `matches.location.${perspective}` as const;
  switch (location.reason) {
    case 'short-missions':
      return length ? t(`${prefix}.shortMissionsLength`, { length }) : t(`${prefix}.shortMissions`);
    case 'mission-too-long':
      return length && max ? t(`${prefix}.missionTooLongWeeks`, { length, max }) : t(`${prefix}.missionTooLong`);
    case 'remote-not-declared':
      return t(`${prefix}.remoteNotDeclared`);
    case 'same-city':
      return t(`${prefix}.sameCity`);
    case 'same-country':
      return t(`${prefix}.sameCountry`);
    default:
      return t(`${prefix}.${location.reason}`);
  }
}
