/**
 * An opportunity as anyone signed in reads it: what, who, where and when, the text in the reader's language (or
 * another one, marked so), the mission's terms or the project's aims, and the skills and languages asked for.
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Opportunity, RequiredSkill } from '@kafaat/shared';
import { useFormat } from '../../i18n/format';
import { useLanguageName } from '../profile/languageNames';
import { SkillName } from '../profile/SkillName';
import { LocalizedText } from './localizedText';
import { useMad } from './money';
import { usePlace } from './OpportunityCard';

type Level = '1' | '2' | '3' | '4';

function Part({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function SkillLines({ skills, empty }: { skills: RequiredSkill[]; empty: string }) {
  const { t } = useTranslation();
  if (skills.length === 0) return <p className="empty">{empty}</p>;
  return (
    <ul className="profile-list">
      {skills.map((skill) => (
        <li key={skill.skillId}>
          <span className="profile-list__main">
            <SkillName id={skill.skillId} />
          </span>{' '}
          · {t('opportunities.view.atLeast', { level: t(`profile.skills.levels.${String(skill.minLevel) as Level}`) })}
        </li>
      ))}
    </ul>
  );
}

export function OpportunityDetails({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useTranslation();
  const format = useFormat();
  const mad = useMad();
  const place = usePlace();
  const languageName = useLanguageName();
  const { mission, project } = opportunity;
  const dates =
    opportunity.startDate && opportunity.endDate
      ? t('opportunities.view.fromTo', { from: format.date(opportunity.startDate), to: format.date(opportunity.endDate) })
      : opportunity.startDate
        ? t('opportunities.view.from', { date: format.date(opportunity.startDate) })
        : t('opportunities.view.datesOpen');

  return (
    <div className="opportunity-details">
      <Part title={t('opportunities.view.summary')}>
        <dl className="details">
          <dt>{t('opportunities.view.kind')}</dt>
          <dd>{t(`opportunities.types.${opportunity.type}.title`)}</dd>
          <dt>{t('opportunities.view.organisation')}</dt>
          <dd>
            <bdi>{opportunity.organisation.name}</bdi>
          </dd>
          <dt>{t('opportunities.view.status')}</dt>
          <dd>{t(`opportunities.statuses.${opportunity.status}`)}</dd>
          <dt>{t('opportunities.view.sector')}</dt>
          <dd>{t(`sectors.${opportunity.sector}`)}</dd>
          <dt>{t('opportunities.view.where')}</dt>
          <dd>{place(opportunity.location)}</dd>
          <dt>{t('opportunities.view.when')}</dt>
          <dd>{dates}</dd>
          <dt>{t('opportunities.view.deadline')}</dt>
          <dd>{opportunity.deadline ? format.date(opportunity.deadline) : t('opportunities.view.noDeadline')}</dd>
          <dt>{t('opportunities.view.seats')}</dt>
          <dd>{format.number(opportunity.seats)}</dd>
        </dl>
        <LocalizedText text={opportunity.description} as="div" className="details__text opportunity-details__description" noteFallback />
      </Part>
      {mission ? (
        <Part title={t('opportunities.view.missionTerms')}>
          <dl className="details">
            <dt>{t('opportunities.editor.hostInstitution')}</dt>
            <dd>
              <bdi>{mission.hostInstitution}</bdi>
            </dd>
            <dt>{t('opportunities.editor.durationDays')}</dt>
            <dd>{t('opportunities.view.days', { n: format.number(mission.durationDays) })}</dd>
            <dt>{t('opportunities.editor.travelMad')}</dt>
            <dd>{mad(mission.budget.travelMad)}</dd>
            <dt>{t('opportunities.editor.dailyAllowanceMad')}</dt>
            <dd>{mad(mission.budget.dailyAllowanceMad)}</dd>
          </dl>
          <h3>{t('opportunities.editor.objectives')}</h3>
          <p className="details__text" dir="auto">
            {mission.objectives}
          </p>
          <h3>{t('opportunities.editor.deliverables')}</h3>
          {mission.deliverables.length === 0 ? (
            <p className="empty">{t('opportunities.view.noDeliverables')}</p>
          ) : (
            <ul className="profile-list">
              {mission.deliverables.map((deliverable, index) => (
                <li key={index} dir="auto">
                  {deliverable}
                </li>
              ))}
            </ul>
          )}
        </Part>
      ) : null}
      {project ? (
        <Part title={t('opportunities.view.projectAims')}>
          <dl className="details">
            <dt>{t('opportunities.editor.purpose')}</dt>
            <dd>{t(`opportunities.purposes.${project.purpose}`)}</dd>
            <dt>{t('opportunities.editor.seeking')}</dt>
            <dd>{format.list(project.seeking.map((seeking) => t(`opportunities.seeking.${seeking}`)))}</dd>
          </dl>
        </Part>
      ) : null}
      <Part title={t('opportunities.editor.skillsSection')}>
        <h3>{t('opportunities.editor.mustHave')}</h3>
        <SkillLines skills={opportunity.mustHaveSkills} empty={t('opportunities.view.noMustHave')} />
        <h3>{t('opportunities.editor.niceToHave')}</h3>
        <SkillLines skills={opportunity.niceToHaveSkills} empty={t('opportunities.view.noNiceToHave')} />
        <h3>{t('opportunities.editor.languagesSection')}</h3>
        {opportunity.languages.length === 0 ? (
          <p className="empty">{t('opportunities.view.noLanguages')}</p>
        ) : (
          <ul className="profile-list">
            {opportunity.languages.map((language) => (
              <li key={language.code}>
                <span className="profile-list__main">{languageName(language.code)}</span> ·{' '}
                {t('opportunities.view.atLeast', { level: t(`profile.languages.cefrShort.${language.minLevel}`) })}
              </li>
            ))}
          </ul>
        )}
      </Part>
    </div>
  );
}
