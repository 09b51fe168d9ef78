import { useId, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../components/Page';
import { LoadError, LoadMore, Loading } from '../components/QueryStatus';
import { StatusLine } from '../components/StatusLine';
import { VerificationItem } from '../features/admin/VerificationItem';
import { useVerificationQueue, type OrganisationKindFilter } from '../features/admin/adminApi';

const KINDS: readonly OrganisationKindFilter[] = ['', 'employer', 'institution'];
const kindOf = (value: string | null): OrganisationKindFilter => KINDS.find((kind) => kind === value) ?? '';

/** /officer/verifications (officers, admins): organisations waiting for verification, oldest first, by kind. */
export function VerificationsPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const kind = kindOf(searchParams.get('kind'));
  const queue = useVerificationQueue(kind);
  const [decided, setDecided] = useState<string | null>(null);
  const selectId = useId();
  const organisations = queue.data?.pages.flatMap((page) => page.items) ?? [];

  function onFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = kindOf(String(new FormData(event.currentTarget).get('kind')));
    setSearchParams((params) => {
      if (next) params.set('kind', next);
      else params.delete('kind');
      return params;
    });
  }

  return (
    <Page title={t('verifications.title')} lead={t('verifications.lead')} wide>
      <form className="filters" onSubmit={onFilter} aria-label={t('verifications.filterLabel')}>
        <div className="field">
          <label className="field__label" htmlFor={selectId}>
            {t('verifications.kind')}
          </label>
          <select id={selectId} name="kind" defaultValue={kind} key={kind}>
            {KINDS.map((option) => (
              <option key={option} value={option}>
                {option ? t(`organisation.kinds.${option}`) : t('verifications.allKinds')}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          {t('common.filter')}
        </button>
      </form>
      <StatusLine message={decided} />
      {queue.isPending ? <Loading /> : null}
      {queue.isError ? <LoadError error={queue.error} onRetry={() => void queue.refetch()} /> : null}
      {queue.isSuccess && organisations.length === 0 ? <p className="empty">{t('verifications.empty')}</p> : null}
      {organisations.length > 0 ? (
        <>
          <ul className="item-list">
            {organisations.map((organisation) => (
              <VerificationItem key={organisation.id} organisation={organisation} onDecided={setDecided} />
            ))}
          </ul>
          <LoadMore hasNextPage={queue.hasNextPage} isFetchingNextPage={queue.isFetchingNextPage} fetchNextPage={queue.fetchNextPage} />
        </>
      ) : null}
    </Page>
  );
}
