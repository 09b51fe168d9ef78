/**
 * Radio and checkbox groups for the profile editor, wired to the form's errors like the shared Fields: one
 * legend, an optional hint, the error above the choices, and the group's path as the id of its first control so
 * the error summary's link lands on it. Controlled: the editor keeps its values in a draft.
 */
import { useId, type ReactNode } from 'react';
import type { FormErrorsApi } from '../../components/form/useFormErrors';

/** One option of a group: its name, an optional explanation, and whether it can be chosen right now. */
export type Choice<T extends string> = { value: T; title: ReactNode; hint?: ReactNode; disabled?: boolean };

type GroupProps<T extends string> = {
  form: FormErrorsApi;
  path: string;
  legend: ReactNode;
  hint?: ReactNode;
  choices: readonly Choice<T>[];
};

function useGroupParts(form: FormErrorsApi, path: string, hint: ReactNode) {
  const base = useId();
  const error = form.errors.fields[path];
  const hintId = hint ? `${base}-hint` : undefined;
  const errorId = error ? `${base}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const idOf = (index: number) => (index === 0 ? form.idFor(path) : `${form.idFor(path)}-${index}`);
  return { error, hintId, errorId, describedBy, idOf };
}

function GroupHead({ legend, hint, hintId, error, errorId }: { legend: ReactNode; hint?: ReactNode; hintId?: string; error?: string; errorId?: string }) {
  return (
    <>
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </>
  );
}

function ChoiceLabel({ htmlFor, title, hint }: { htmlFor: string; title: ReactNode; hint?: ReactNode }) {
  return (
    <label htmlFor={htmlFor}>
      <span className="radio__title">{title}</span>
      {hint ? <span className="radio__hint">{hint}</span> : null}
    </label>
  );
}

/** One choice among several, each with an optional explanation under its name. */
export function RadioGroup<T extends string>({ form, path, legend, hint, choices, value, onChange }: GroupProps<T> & { value: T | ''; onChange(value: T): void }) {
  const parts = useGroupParts(form, path, hint);
  return (
    <fieldset className="field choice-list" data-invalid={parts.error ? true : undefined} aria-describedby={parts.describedBy}>
      <GroupHead legend={legend} hint={hint} {...parts} />
      {choices.map((choice, index) => (
        <div key={choice.value} className="radio">
          <input
            id={parts.idOf(index)}
            type="radio"
            name={path}
            value={choice.value}
            checked={value === choice.value}
            disabled={choice.disabled}
            onChange={() => onChange(choice.value)}
          />
          <ChoiceLabel htmlFor={parts.idOf(index)} title={choice.title} hint={choice.hint} />
        </div>
      ))}
    </fieldset>
  );
}

/** Any number of choices (kept in the order of `choices`). */
export function CheckboxGroup<T extends string>({ form, path, legend, hint, choices, values, onChange }: GroupProps<T> & { values: readonly T[]; onChange(values: T[]): void }) {
  const parts = useGroupParts(form, path, hint);
  function toggle(value: T, checked: boolean) {
    const next = new Set(values);
    if (checked) next.add(value);
    else next.delete(value);
    onChange(choices.map((choice) => choice.value).filter((candidate) => next.has(candidate)));
  }
  return (
    <fieldset className="field choice-list" data-invalid={parts.error ? true : undefined} aria-describedby={parts.describedBy}>
      <GroupHead legend={legend} hint={hint} {...parts} />
      {choices.map((choice, index) => (
        <div key={choice.value} className="checkbox">
          <input
            id={parts.idOf(index)}
            type="checkbox"
            name={path}
            value={choice.value}
            checked={values.includes(choice.value)}
            disabled={choice.disabled}
            onChange={(event) => toggle(choice.value, event.target.checked)}
          />
          <ChoiceLabel htmlFor={parts.idOf(index)} title={choice.title} hint={choice.hint} />
        </div>
      ))}
    </fieldset>
  );
}
