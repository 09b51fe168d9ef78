/**
 * A list of short lines the person types one by one (a mission's deliverables, a report's activities): a labelled
 * field per line with its own remove button, and an add button that puts focus in the new line. Removing moves
 * focus to the add button, so keyboard users are never dropped at the top of the page.
 */
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form/Fields';
import type { FormErrorsApi } from '../../../components/form/useFormErrors';
import { useFocusLater } from '../../profile/useFocusLater';
import { newLineKey, type Line } from './draft';

type LinesFieldProps = {
  form: FormErrorsApi;
  /** The list's path ("activities"); line i is "activities.i". */
  path: string;
  legend: string;
  hint?: string;
  optional?: boolean;
  /** The label of line n (from 1): "Activité 2". */
  itemLabel(n: number): string;
  addLabel: string;
  removeLabel(n: number): string;
  empty: string;
  lines: Line[];
  onChange(lines: Line[]): void;
  max: number;
  maxLength: number;
};

export function LinesField({ form, path, legend, hint, optional, itemLabel, addLabel, removeLabel, empty, lines, onChange, max, maxLength }: LinesFieldProps) {
  const { t } = useTranslation();
  const focusLater = useFocusLater();
  const error = form.errors.fields[path];

  function add() {
    onChange([...lines, { key: newLineKey(), text: '' }]);
    focusLater(form.idFor(`${path}.${lines.length}`));
  }

  function remove(index: number) {
    form.clear(); // Errors are tied to positions in the list, which just changed.
    onChange(lines.filter((_, i) => i !== index));
    focusLater(form.idFor(path));
  }

  return (
    <fieldset className="form__group" data-invalid={error ? true : undefined}>
      <legend className="form__legend">
        {legend}
        {optional ? <span className="field__optional"> {t('common.optional')}</span> : null}
      </legend>
      {hint ? <p className="field__hint">{hint}</p> : null}
      {error ? <p className="field__error">{error}</p> : null}
      {lines.length === 0 ? <p className="empty">{empty}</p> : null}
      {lines.length > 0 ? (
        <ol className="opportunity-lines">
          {lines.map((line, index) => (
            <li key={line.key} className="opportunity-lines__item">
              <TextField
                form={form}
                path={`${path}.${index}`}
                label={itemLabel(index + 1)}
                maxLength={maxLength}
                dir="auto"
                value={line.text}
                onChange={(event) => onChange(lines.map((item, i) => (i === index ? { ...item, text: event.target.value } : item)))}
              />
              <button type="button" className="button button--secondary button--small" onClick={() => remove(index)}>
                {removeLabel(index + 1)}
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      <p>
        <button id={form.idFor(path)} type="button" className="button button--secondary" onClick={add} disabled={lines.length >= max}>
          {addLabel}
        </button>
      </p>
    </fieldset>
  );
}
