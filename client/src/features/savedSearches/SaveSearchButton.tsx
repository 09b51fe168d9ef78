/**
 * "Save this search", for the talent search page: a button that opens a small form (the search's name, and
 * whether to be told when new talents match), saves the filters it is given, and says where saved searches are.
 * Usage: `<SaveSearchButton filters={query} />`, with the talent search's query parameters (URLSearchParams or a
 * plain record); only the filters are kept (paging, order and language are dropped).
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SAVED_SEARCH_NAME_MAX, SAVED_SEARCHES_MAX, SavedSearchCreateSchema, savedSearchParams } from '@kafaat/shared';
import { ApiError } from '../../api/client';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { CheckboxField, TextField, textOf } from '../../components/form/Fields';
import { useFormErrors } from '../../components/form/useFormErrors';
import { StatusLine } from '../../components/StatusLine';
import { paths } from '../../routes/paths';
import { isolate } from '../documents/isolate';
import { describeSavedSearchIssue } from './issueText';
import { useCreateSavedSearch } from './savedSearchesApi';

export type SaveSearchButtonProps = {
  /** The talent search's query parameters, as GET /talents/search takes them (e.g. the search page's `query`). */
  filters: URLSearchParams | Readonly<Record<string, string | null | undefined>>;
  /** The name offered; the free text searched for when not given. */
  defaultName?: string;
};

const PATHS = ['name', 'alerts'] as const;

export function SaveSearchButton({ filters, defaultName }: SaveSearchButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useFormErrors(PATHS, describeSavedSearchIssue);
  const create = useCreateSavedSearch();
  const picked = savedSearchParams(filters);
  // Back from the form without saving: focus returns to the button that opened it.
  const opener = useRef<HTMLButtonElement>(null);
  const [refocus, setRefocus] = useState(false);
  useEffect(() => {
    if (refocus && !open) opener.current?.focus();
  }, [refocus, open]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = SavedSearchCreateSchema.safeParse({ name: textOf(data, 'name'), filters: picked, alerts: data.get('alerts') === 'on' });
    if (!parsed.success) return form.showZodError(parsed.error);
    form.clear();
    create.mutate(
      { name: parsed.data.name, filters: picked, alerts: parsed.data.alerts },
      {
        onSuccess: (search) => {
          setOpen(false);
          setSaved(t('savedSearches.save.saved', { name: isolate(search.name) }));
        },
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'limit_reached') form.showIssues([], [t('savedSearches.errors.limit', { max: SAVED_SEARCHES_MAX })]);
          else form.showError(error);
        },
      },
    );
  }

  if (!open) {
    return (
      <div className="save-search">
        <button
          ref={opener}
          type="button"
          className="button button--secondary button--small"
          onClick={() => {
            setSaved(null);
            setRefocus(false);
            form.clear();
            setOpen(true);
          }}
        >
          {t('savedSearches.save.open')}
        </button>
        <StatusLine message={saved} />
        {saved ? (
          <p className="save-search__link">
            <Link to={paths.savedSearches}>{t('savedSearches.save.seeAll')}</Link>
          </p>
        ) : null}
      </div>
    );
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form save-search save-search--open" aria-label={t('savedSearches.save.title')}>
      <ErrorSummary form={form} />
      <TextField
        form={form}
        path="name"
        label={t('savedSearches.save.name')}
        hint={t('savedSearches.save.nameHint', { max: SAVED_SEARCH_NAME_MAX })}
        defaultValue={defaultName ?? picked.q ?? ''}
        maxLength={SAVED_SEARCH_NAME_MAX}
        autoComplete="off"
        autoFocus
      />
      <CheckboxField form={form} path="alerts" label={t('savedSearches.save.alerts')} hint={t('savedSearches.save.alertsHint')} defaultChecked />
      <p className="actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('common.saving') : t('savedSearches.save.submit')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setOpen(false);
            setRefocus(true);
          }}
        >
          {t('common.cancel')}
        </button>
      </p>
    </form>
  );
}
