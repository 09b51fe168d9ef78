import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../components/QueryStatus';
import { useMembers } from './organisationApi';

/** Who belongs to the organisation, with their role and whether they manage it. */
export function MembersSection({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const members = useMembers(organisationId);
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('organisation.members.title')}</h2>
      {members.isPending ? <Loading /> : null}
      {members.isError ? <LoadError error={members.error} onRetry={() => void members.refetch()} /> : null}
      {members.data?.length === 0 ? <p className="empty">{t('organisation.members.empty')}</p> : null}
      {members.data && members.data.length > 0 ? (
        <ul className="item-list">
          {members.data.map((member) => (
            <li key={member.id} className="item">
              <p className="item__title">
                {member.displayName}
                {member.isAdmin ? <span className="badge">{t('organisation.members.admin')}</span> : null}
              </p>
              <p className="item__meta">
                <bdi>{member.email}</bdi> · {t(`roles.${member.role}`)}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
