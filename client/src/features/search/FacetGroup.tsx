import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';

/** A value of a facet as a checkbox shows it; `count` is null while unknown (before the first answer). */
export type FacetOption = { value: string; label: string; count: number | null };

type FacetGroupProps = {
  legend: string;
  options: readonly FacetOption[];
  selected: readonly string[];
  onToggle(value: string, on: boolean): void;
  /** How many values show before "Show all"; ticked values always show. */
  visible?: number;
  /** Text under the legend. */
  hint?: string;
};

/**
 * One facet: a checkbox per value, its label followed by how many results it would give with the other filters
 * ("Santé (12)"). Long lists show their first values and a "Show all (40)" button. Ticking applies at once.
 */
export function FacetGroup({ legend, options, selected, onToggle, visible = 8, hint }: FacetGroupProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const hintId = useId();
  const [expanded, setExpanded] = useState(false);
  if (options.length === 0) return null;
  const chosen = new Set(selected);
  const shown = expanded ? options : options.filter((option, index) => index < visible || chosen.has(option.value));
  return (
    <fieldset className="facet" aria-describedby={hint ? hintId : undefined}>
      <legend className="facet__legend">{legend}</legend>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <ul className="facet__list">
        {shown.map((option) => (
          <li key={option.value} className="checkbox facet__option">
            <input
              type="checkbox"
              id={`${hintId}-${option.value}`}
              checked={chosen.has(option.value)}
              onChange={(event) => onToggle(option.value, event.target.checked)}
            />
            <label htmlFor={`${hintId}-${option.value}`}>
              <span dir="auto">{option.label}</span>
              {option.count === null ? null : (
                <>
                  {' '}
                  <span className="facet__count">({format.number(option.count)})</span>
                </>
              )}
            </label>
          </li>
        ))}
      </ul>
      {options.length > shown.length || expanded ? (
        <button type="button" className="link-button facet__more" aria-expanded={expanded} onClick={() => setExpanded((value) => !value)}>
          {expanded ? t('search.facets.showFewer') : t('search.facets.showAll', { count: options.length, total: format.number(options.length) })}
        </button>
      ) : null}
    </fieldset>
  );
}

/**
 * Options of a facet: the server's buckets (in its order, most results first), then values the filter holds that
 * the server did not return (ticked, count unknown). With `all`, every value of a short fixed list is offered,
 * those without results counted 0.
 */
export function facetOptions(
  buckets: readonly { value: string; count: number; label?: string }[] | undefined,
  selected: readonly string[],
  labelOf: (value: string, serverLabel?: string) => string,
  all?: readonly string[],
): FacetOption[] {
  const options: FacetOption[] = (buckets ?? []).filter((bucket) => !all || all.includes(bucket.value)).map((bucket) => ({ value: bucket.value, label: labelOf(bucket.value, bucket.label), count: bucket.count }));
  const listed = new Set(options.map((option) => option.value));
  for (const value of [...selected, ...(all ?? [])]) {
    if (listed.has(value)) continue;
    listed.add(value);
    // A short fixed list is counted in full, so a value the server left out has no result; in a long list it
    // may only be past the top values, so its count is unknown.
    options.push({ value, label: labelOf(value), count: buckets !== undefined && all ? 0 : null });
  }
  return options;
}
