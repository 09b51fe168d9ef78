import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OpportunityMatch } from '@kafaat/shared';
import { useFormat } from '../../i18n/format';
import { opportunityPath } from '../../routes/paths';
import { LocalizedText, useTitleText } from '../opportunities/localizedText';
import { MatchBreakdown } from './MatchBreakdown';
import { MatchScore } from './MatchScore';

/** An opportunity ranked for the talent: title (a link), kind, organisation, place, dates, score and why it fits. */
export function OpportunityMatchCard({ match, skillLabels }: { match: OpportunityMatch; skillLabels: Readonly<Record<string, string>> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleOf = useTitleText();
  const { opportunity } = match;
  const { location } = opportunity;
  const place = [[location.city, location.country ? format.country(location.country) : null].filter(Boolean).join(', '), t(`opportunities.modes.${location.mode}`)].filter(Boolean).join(' · ');
  let dates = t('opportunities.view.datesOpen');
  if (opportunity.startDate && opportunity.endDate) dates = t('opportunities.view.fromTo', { from: format.date(opportunity.startDate), to: format.date(opportunity.endDate) });
  else if (opportunity.startDate) dates = t('opportunities.view.from', { date: format.date(opportunity.startDate) });
  return (
    <li className="item match-card">
      <div className="match-card__header">
        <h3 className="item__title">
          <Link to={opportunityPath(opportunity.id)}>
            {Object.values(opportunity.title).some((text) => text.trim() !== '') ? <LocalizedText text={opportunity.title} /> : titleOf(opportunity.title)}
          </Link>
          <span className="badge">{t(`opportunities.types.${opportunity.type}.title`)}</span>
        </h3>
        <MatchScore score={match.score} />
      </div>
      <p className="item__meta">
        <bdi>{opportunity.organisation.name}</bdi> · {place}
      </p>
      <p className="item__meta">
        {dates} · {opportunity.deadline ? t('opportunities.view.deadlineOn', { date: format.date(opportunity.deadline) }) : t('opportunities.view.noDeadline')}
      </p>
      <MatchBreakdown explanation={match.explanation} skillLabels={skillLabels} perspective="talent" />
    </li>
  );
}
