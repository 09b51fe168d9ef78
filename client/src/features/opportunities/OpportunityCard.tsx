import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Opportunity } from '@kafaat/shared';
import { useFormat } from '../../i18n/format';
import { opportunityBoardPath, opportunityPath } from '../../routes/paths';
import { LocalizedText } from './localizedText';

/** Where, in a line: "Rabat, Maroc · sur place". */
export function usePlace(): (location: Opportunity['location']) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (location) => [[location.city, format.country(location.country)].filter(Boolean).join(', '), t(`opportunities.modes.${location.mode}`)].join(' · ');
}

/** One opportunity in a list: its title (a link), kind, organisation, place and deadline; status for its managers. */
export function OpportunityCard({ opportunity, showStatus = false }: { opportunity: Opportunity; showStatus?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const place = usePlace();
  return (
    <li className="item opportunity-card">
      <p className="item__title">
        <Link to={opportunityPath(opportunity.id)}>
          <LocalizedText text={opportunity.title} />
        </Link>
        <span className="badge">{t(`opportunities.types.${opportunity.type}.title`)}</span>
        {showStatus ? <span className={`badge opportunity-status opportunity-status--${opportunity.status}`}>{t(`opportunities.statuses.${opportunity.status}`)}</span> : null}
      </p>
      <p className="item__meta">
        <bdi>{opportunity.organisation.name}</bdi> · {place(opportunity.location)}
      </p>
      <p className="item__meta">
        {opportunity.deadline ? t('opportunities.view.deadlineOn', { date: format.date(opportunity.deadline) }) : t('opportunities.view.noDeadline')}
        {opportunity.publishedAt ? ` · ${t('opportunities.view.publishedOn', { date: format.date(opportunity.publishedAt) })}` : ''}
      </p>
      {showStatus && opportunity.canManage && opportunity.status !== 'draft' ? (
        <p>
          <Link to={opportunityBoardPath(opportunity.id)}>
            {t('opportunities.manage.board')}
            <span className="visually-hidden">
              {' '}
              : <LocalizedText text={opportunity.title} />
            </span>
          </Link>
        </p>
      ) : null}
    </li>
  );
}
