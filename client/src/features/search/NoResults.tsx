import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilterChip } from './AppliedFilters';

type NoResultsProps<F> = {
  /** What to say when filters are applied ("No talent matches all these filters."). */
  message: string;
  /** What to say when nothing is filtered (nothing to find yet). */
  messageNoFilter: string;
  chips: readonly FilterChip<F>[];
  apply(filters: F): void;
  /** Suggestions of the page's own, listed first (e.g. "any of these skills"). */
  extra?: ReactNode;
  /** Where focus goes after a suggestion is taken (its button disappears with the empty state). */
  focusAfter: RefObject<HTMLElement | null>;
};

/** An empty result: with filters, a button per filter to search again without it; without filters, why. */
export function NoResults<F>({ message, messageNoFilter, chips, apply, extra, focusAfter }: NoResultsProps<F>) {
  const { t } = useTranslation();
  if (chips.length === 0) return <p className="empty">{messageNoFilter}</p>;
  return (
    <div className="empty search-empty">
      <p>{message}</p>
      <p>{t('search.results.suggestions')}</p>
      <ul className="search-empty__suggestions">
        {extra}
        {chips.map((chip) => (
          <li key={chip.key}>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                apply(chip.without);
                focusAfter.current?.focus();
              }}
            >
              {t('search.results.removeSuggestion', { label: chip.label })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
