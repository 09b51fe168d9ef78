import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Opportunity } from '@kafaat/shared';
import { ApiError } from '../../api/client';
import { Page } from '../../components/Page';
import { LoadError, Loading } from '../../components/QueryStatus';
import { paths } from '../../routes/paths';
import { useOpportunity } from './opportunitiesApi';

const OBJECT_ID = /^[a-f0-9]{24}$/;

/** True for an id the API could know (24 hex digits): other addresses are "not found" without asking. */
export const isObjectId = (id: string) => OBJECT_ID.test(id);

/**
 * Loads the opportunity of a page: loading, "not found" (absent, or another organisation's draft: the API does
 * not say which) and errors with Retry each get a page with a heading; `children` gets the opportunity.
 */
export function OpportunityLoader({ id, title, children }: { id: string; title: string; children(opportunity: Opportunity): ReactNode }) {
  const { t } = useTranslation();
  const valid = isObjectId(id);
  const query = useOpportunity(id, valid);
  if (!valid || (query.isError && query.error instanceof ApiError && query.error.status === 404)) {
    return (
      <Page title={t('opportunities.page.notFoundTitle')} lead={t('opportunities.page.notFoundBody')}>
        <p>
          <Link className="button" to={paths.opportunities}>
            {t('opportunities.page.backToList')}
          </Link>
        </p>
      </Page>
    );
  }
  if (query.isPending) {
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );
  }
  if (query.isError) {
    return (
      <Page title={title}>
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      </Page>
    );
  }
  return children(query.data);
}
