import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type SearchLayoutProps = {
  /** Name of the filters region ("Filtres"). */
  label: string;
  /** How many filters are applied, shown on the phone's disclosure button: "Filtres (3)". */
  appliedCount: number;
  /** The filters: form and facets. */
  filters: ReactNode;
  /** Called by "Show the results" at the end of the filters on a phone (e.g. to move focus to the results). */
  onShowResults(): void;
  /** Total results, for "Show the 12 results" once known. */
  total: number | undefined;
  children: ReactNode;
};

/**
 * Filters beside the results from tablet width; on a phone, the filters fold behind a disclosure button that says
 * how many are applied, so the results come first on a small screen. Closed on phones and always open on larger
 * screens (CSS decides; the button only exists for phones).
 */
export function SearchLayout({ label, appliedCount, filters, onShowResults, total, children }: SearchLayoutProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const headingId = useId();
  return (
    <div className="search-layout">
      <div className="search-layout__filters">
        <button type="button" className="button button--secondary search-filters__toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((value) => !value)}>
          {appliedCount > 0 ? t('search.filters.toggleCount', { count: appliedCount }) : t('search.filters.toggle')}
          <span className="search-filters__caret" aria-hidden="true" />
        </button>
        <section id={panelId} className="search-filters" data-open={open} aria-labelledby={headingId}>
          <h2 id={headingId} className="search-filters__title">
            {label}
          </h2>
          {filters}
          <p className="search-filters__done">
            <button
              type="button"
              className="button"
              onClick={() => {
                setOpen(false);
                onShowResults();
              }}
            >
              {total === undefined ? t('search.filters.showResults') : t('search.filters.showResultsCount', { count: total, total })}
            </button>
          </p>
        </section>
      </div>
      <div className="search-layout__results">{children}</div>
    </div>
  );
}
