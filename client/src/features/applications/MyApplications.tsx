/**
 * The talent's applications and invitations, most recently changed first: each with its opportunity (in the
 * reader's language), where it stands, its whole history (who moved it, when, and their note), and what the
 * talent can do now. Paged, with loading, error and an empty state that points to the opportunities.
 */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Application } from '@kafaat/shared';
import { LoadError, LoadMore, Loading } from '../../components/QueryStatus';
import { useFormat } from '../../i18n/format';
import { applicationPath, opportunityPath, paths } from '../../routes/paths';
import { LocalizedText } from '../opportunities/localizedText';
import { useMyApplications } from './applicationsApi';
import { StageHistory } from './StageHistory';
import { TalentActions } from './TalentActions';

export function MyApplications() {
  const { t } = useTranslation();
  const list = useMyApplications();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  if (list.isPending) return <Loading />;
  if (list.isError) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  if (items.length === 0) {
    return (
      <div className="empty">
        <p>{t('applications.mine.empty')}</p>
        <p>
          <Link to={paths.opportunities}>{t('applications.mine.browse')}</Link>
        </p>
      </div>
    );
  }
  return (
    <>
      <ul className="item-list" aria-label={t('applications.mine.label')}>
        {items.map((application) => (
          <MyApplicationItem key={application.id} application={application} />
        ))}
      </ul>
      <LoadMore hasNextPage={list.hasNextPage} isFetchingNextPage={list.isFetchingNextPage} fetchNextPage={list.fetchNextPage} />
    </>
  );
}

function MyApplicationItem({ application }: { application: Application }) {
  const { t } = useTranslation();
  const { opportunity } = application;
  const format = useFormat();
  const last = application.history.at(-1);
  const invitation = application.stage === 'invited' ? application.history.find((event) => event.stage === 'invited') : undefined;
  return (
    <li className="item application-item">
      <p className="item__title">
        <Link to={opportunityPath(opportunity.id)}>
          <LocalizedText text={opportunity.title} />
        </Link>
        <span className="badge">{t(`opportunities.types.${opportunity.type}.title`)}</span>
      </p>
      <p className="item__meta">
        <bdi>{opportunity.organisationName}</bdi>
      </p>
      <p>
        {t('applications.mine.stageIs')} <span className={`badge stage-badge stage-badge--${application.stage}`}>{t(`applications.stages.${application.stage}`)}</span>
        {last ? <span className="item__meta"> · {t('applications.history.byOn', { name: last.byName, date: format.dateTime(last.at) })}</span> : null}
      </p>
      {invitation ? (
        <div className="notice">
          <p>{t('applications.mine.invitedBy', { name: invitation.byName })}</p>
          {invitation.note ? (
            <p className="details__text" dir="auto">
              {invitation.note}
            </p>
          ) : null}
        </div>
      ) : null}
      <TalentActions application={application} />
      <details className="application-item__history">
        <summary>{t('applications.history.title')}</summary>
        <StageHistory history={application.history} />
      </details>
      <p>
        <Link to={applicationPath(application.id)}>
          {opportunity.type === 'mission' ? t('applications.mine.openMission') : t('applications.mine.open')}
          <span className="visually-hidden">
            {' '}
            (<LocalizedText text={opportunity.title} />)
          </span>
        </Link>
      </p>
    </li>
  );
}
