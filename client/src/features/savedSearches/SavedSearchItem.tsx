/**
 * One saved search in the owner's list: its name and what it looks for, a link that runs it on the search page,
 * alerts on or off (saved at once), renaming in place, and deleting after a confirmation. What happened is told
 * by the page (`onDone`: a deleted search leaves the list), except alerts, told beside the checkbox.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SAVED_SEARCH_NAME_MAX, SavedSearchUpdateSchema, type SavedSearch } from '@kafaat/shared';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextField, textOf } from '../../components/form/Fields';
import { useFormErrors } from '../../components/form/useFormErrors';
import { LoadError } from '../../components/QueryStatus';
import { useFormat } from '../../i18n/format';
import { paths } from '../../routes/paths';
import { isolate } from '../documents/isolate';
import { describeSavedSearchIssue } from './issueText';
import { SavedSearchFilters } from './SavedSearchFilters';
import { useDeleteSavedSearch, useUpdateSavedSearch } from './savedSearchesApi';

const RENAME_PATHS = ['name'] as const;
type Mode = 'view' | 'rename' | 'confirmDelete';

/** The search page running these filters. */
export const runPath = (search: Pick<SavedSearch, 'query'>) => (search.query ? `${paths.search}?${search.query}` : paths.search);

export function SavedSearchItem({ search, onDone }: { search: SavedSearch; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const [mode, setMode] = useState<Mode>('view');
  const toggle = useUpdateSavedSearch();
  const remove = useDeleteSavedSearch();
  const [alertsStatus, setAlertsStatus] = useState('');
  // Back from renaming or deleting without doing it: focus returns to the button that opened it.
  const buttons = { rename: useRef<HTMLButtonElement>(null), confirmDelete: useRef<HTMLButtonElement>(null) };
  const [refocus, setRefocus] = useState<'rename' | 'confirmDelete' | null>(null);
  useEffect(() => {
    if (refocus && mode === 'view') buttons[refocus].current?.focus();
  }, [refocus, mode]);

  const open = (next: Mode) => {
    setRefocus(null);
    setMode(next);
  };
  const cancel = () => {
    setRefocus(mode === 'view' ? null : mode);
    setMode('view');
  };

  return (
    <li className="item saved-search" aria-labelledby={titleId}>
      <h2 className="item__title saved-search__name" id={titleId} dir="auto">
        {search.name}
      </h2>
      <SavedSearchFilters search={search} />
      <p className="item__meta">
        <time dateTime={search.createdAt}>{t('savedSearches.item.savedOn', { date: format.date(search.createdAt) })}</time>
      </p>

      <div className="checkbox saved-search__alerts">
        <input
          id={`${titleId}-alerts`}
          type="checkbox"
          checked={search.alerts}
          disabled={toggle.isPending}
          aria-describedby={titleId}
          onChange={(event) => {
            const alerts = event.currentTarget.checked;
            setAlertsStatus('');
            toggle.mutate({ id: search.id, alerts }, { onSuccess: (saved) => setAlertsStatus(t(alerts ? 'savedSearches.item.alertsOn' : 'savedSearches.item.alertsOff', { name: isolate(saved.name) })) });
          }}
        />
        <label htmlFor={`${titleId}-alerts`}>{t('savedSearches.item.alerts')}</label>
      </div>
      {/* Announced where the person is; focus stays on the checkbox. */}
      <p className="saved-search__alerts-status" role="status">
        {alertsStatus}
      </p>
      {toggle.isError ? <LoadError error={toggle.error} /> : null}

      {mode === 'rename' ? (
        <RenameForm
          search={search}
          onCancel={cancel}
          onRenamed={(name) => {
            setMode('view');
            onDone(t('savedSearches.item.renamed', { name: isolate(name) }));
          }}
        />
      ) : mode === 'confirmDelete' ? (
        <div className="notice notice--warning" role="group" aria-label={t('savedSearches.item.confirmDeleteTitle', { name: isolate(search.name) })}>
          <p>{t('savedSearches.item.confirmDelete', { name: isolate(search.name) })}</p>
          {remove.isError ? <LoadError error={remove.error} /> : null}
          <p className="actions">
            <button type="button" className="button button--danger" disabled={remove.isPending} onClick={() => remove.mutate(search, { onSuccess: () => onDone(t('savedSearches.item.deleted', { name: isolate(search.name) })) })}>
              {t('savedSearches.item.confirmDeleteYes')}
            </button>
            <button type="button" className="button button--secondary" onClick={cancel}>
              {t('common.cancel')}
            </button>
          </p>
        </div>
      ) : (
        <p className="actions saved-search__actions">
          <Link className="button button--small" to={runPath(search)} aria-label={t('savedSearches.item.runLabel', { name: isolate(search.name) })}>
            {t('savedSearches.item.run')}
          </Link>
          <button ref={buttons.rename} type="button" className="button button--secondary button--small" aria-label={t('savedSearches.item.renameLabel', { name: isolate(search.name) })} onClick={() => open('rename')}>
            {t('savedSearches.item.rename')}
          </button>
          <button ref={buttons.confirmDelete} type="button" className="button button--secondary button--small" aria-label={t('savedSearches.item.deleteLabel', { name: isolate(search.name) })} onClick={() => open('confirmDelete')}>
            {t('savedSearches.item.delete')}
          </button>
        </p>
      )}
    </li>
  );
}

function RenameForm({ search, onCancel, onRenamed }: { search: SavedSearch; onCancel: () => void; onRenamed: (name: string) => void }) {
  const { t } = useTranslation();
  const form = useFormErrors(RENAME_PATHS, describeSavedSearchIssue);
  const update = useUpdateSavedSearch();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = SavedSearchUpdateSchema.safeParse({ name: textOf(new FormData(event.currentTarget), 'name') });
    if (!parsed.success) return form.showZodError(parsed.error);
    form.clear();
    update.mutate({ id: search.id, name: parsed.data.name }, { onSuccess: (saved) => onRenamed(saved.name), onError: (error) => form.showError(error) });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form saved-search__rename" aria-label={t('savedSearches.item.renameLabel', { name: isolate(search.name) })}>
      <ErrorSummary form={form} />
      <TextField form={form} path="name" label={t('savedSearches.save.name')} defaultValue={search.name} maxLength={SAVED_SEARCH_NAME_MAX} autoComplete="off" autoFocus />
      <p className="actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </p>
    </form>
  );
}
