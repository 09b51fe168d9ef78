import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OpportunitySearchHit } from '@kafaat/shared';
import { useFormat } from '../../i18n/format';
import { opportunityPath } from '../../routes/paths';
import { Highlighted } from './highlight';

/** One opportunity found: its title (a link, matched words marked), kind, organisation, place, dates and deadline. */
export function OpportunityResultCard({ opportunity }: { opportunity: OpportunitySearchHit }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { location } = opportunity;
  const place = [[location.city, location.country ? format.country(location.country) : null].filter(Boolean).join(', '), t(`opportunities.modes.${location.mode}`)].filter(Boolean).join(' · ');
  let dates = t('opportunities.view.datesOpen');
  if (opportunity.startDate && opportunity.endDate) dates = t('opportunities.view.fromTo', { from: format.date(opportunity.startDate), to: format.date(opportunity.endDate) });
  else if (opportunity.startDate) dates = t('opportunities.view.from', { date: format.date(opportunity.startDate) });
  return (
    <li className="item search-result">
      <h3 className="item__title">
        <Link to={opportunityPath(opportunity.id)} dir="auto">
          <Highlighted html={opportunity.highlights.title} fallback={opportunity.title || t('opportunities.view.untitled')} />
        </Link>
        <span className="badge">{t(`opportunities.types.${opportunity.type}.title`)}</span>
      </h3>
      <p className="item__meta">
        <bdi>{opportunity.organisation.name}</bdi> · {t(`sectors.${opportunity.sector}`)}
      </p>
      <p className="item__meta">{place}</p>
      {opportunity.highlights.description ? (
        <p className="search-result__snippet" dir="auto">
          <Highlighted html={opportunity.highlights.description} />
        </p>
      ) : null}
      <p className="item__meta">
        {dates} · {opportunity.deadline ? t('opportunities.view.deadlineOn', { date: format.date(opportunity.deadline) }) : t('opportunities.view.noDeadline')}
      </p>
    </li>
  );
}
