import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** "Sort by" above a list of results; changing it searches again at once. */
export function SortSelect<S extends string>({ value, options, onChange }: { value: S; options: readonly { value: S; label: string }[]; onChange(sort: S): void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field search-sort">
      <label className="field__label" htmlFor={id}>
        {t('search.sort.label')}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(options.find((option) => option.value === event.target.value)?.value ?? value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
