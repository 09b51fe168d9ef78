import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

/** One applied filter: its words, and the filters without it. */
export type FilterChip<F> = { key: string; label: string; without: F };

type AppliedFiltersProps<F> = {
  chips: readonly FilterChip<F>[];
  apply(filters: F): void;
  /** The filters with nothing applied, for "Clear all". */
  empty: F;
  /** Where focus goes once the last chip is gone (the results heading). */
  focusWhenEmpty: RefObject<HTMLElement | null>;
};

/**
 * The filters in force as chips, each with its own remove button ("Retirer le filtre : Santé"), and "Clear all".
 * Removing a chip moves focus to the chip that took its place, so keyboard users are not dropped at the top.
 */
export function AppliedFilters<F>({ chips, apply, empty, focusWhenEmpty }: AppliedFiltersProps<F>) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLUListElement>(null);
  const removedIndex = useRef<number | null>(null);
  const keys = chips.map((chip) => chip.key).join('|');

  useEffect(() => {
    const index = removedIndex.current;
    if (index === null) return;
    removedIndex.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('.filter-chip__remove') ?? [];
    const next = buttons[Math.min(index, buttons.length - 1)];
    (next ?? focusWhenEmpty.current)?.focus();
  }, [keys, focusWhenEmpty]);

  if (chips.length === 0) return null;
  return (
    <div className="applied-filters">
      <ul ref={listRef} className="filter-chips" aria-label={t('search.chips.label')}>
        {chips.map((chip, index) => (
          <li key={chip.key} className="filter-chip">
            <span className="filter-chip__label" dir="auto">
              {chip.label}
            </span>
            <button
              type="button"
              className="filter-chip__remove"
              aria-label={t('search.chips.remove', { label: chip.label })}
              onClick={() => {
                removedIndex.current = index;
                apply(chip.without);
              }}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      {chips.length > 1 ? (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            removedIndex.current = 0;
            apply(empty);
          }}
        >
          {t('search.chips.clearAll')}
        </button>
      ) : null}
    </div>
  );
}
