/**
 * Labelled form controls wired to a form's errors: the label, an optional hint (e.g. the password rule), the
 * error in the user's language right above the control, and `aria-describedby` / `aria-invalid` so screen
 * readers say all of it. Controls are uncontrolled; forms read them with FormData on submit.
 */
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrorsApi } from './useFormErrors';

type FieldProps = {
  form: FormErrorsApi;
  /** The field's path in the request body ("organisation.city"); also its `name`. */
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Shows "(optional)" after the label; fields are required unless said otherwise. */
  optional?: boolean;
};

function useFieldParts({ form, path, hint }: FieldProps) {
  const id = form.idFor(path);
  const error = form.errors.fields[path];
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { id, error, hintId, errorId, describedBy };
}

function Label({ htmlFor, label, optional }: { htmlFor: string; label: ReactNode; optional?: boolean }) {
  const { t } = useTranslation();
  return (
    <label className="field__label" htmlFor={htmlFor}>
      {label}
      {optional ? <span className="field__optional"> {t('common.optional')}</span> : null}
    </label>
  );
}

function HintAndError({ hint, hintId, error, errorId }: { hint?: ReactNode; hintId?: string; error?: string; errorId?: string }) {
  return (
    <>
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

/** A labelled <input> (text, email, password, url, date…). */
export function TextField({ form, path, label, hint, optional, ...input }: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'form'>) {
  const parts = useFieldParts({ form, path, label, hint });
  return (
    <div className="field" data-invalid={parts.error ? true : undefined}>
      <Label htmlFor={parts.id} label={label} optional={optional} />
      <HintAndError hint={hint} {...parts} />
      <input
        id={parts.id}
        name={path}
        type="text"
        aria-invalid={parts.error ? true : undefined}
        aria-describedby={parts.describedBy}
        {...input}
      />
    </div>
  );
}

/** A labelled <textarea> for longer text (descriptions, reasons). */
export function TextAreaField({ form, path, label, hint, optional, ...area }: FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'form'>) {
  const parts = useFieldParts({ form, path, label, hint });
  return (
    <div className="field" data-invalid={parts.error ? true : undefined}>
      <Label htmlFor={parts.id} label={label} optional={optional} />
      <HintAndError hint={hint} {...parts} />
      <textarea id={parts.id} name={path} rows={4} aria-invalid={parts.error ? true : undefined} aria-describedby={parts.describedBy} {...area} />
    </div>
  );
}

/** A labelled native <select>: the most reliable picker on cheap phones and with screen readers. */
export function SelectField({ form, path, label, hint, optional, children, ...select }: FieldProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'form'>) {
  const parts = useFieldParts({ form, path, label, hint });
  return (
    <div className="field" data-invalid={parts.error ? true : undefined}>
      <Label htmlFor={parts.id} label={label} optional={optional} />
      <HintAndError hint={hint} {...parts} />
      <select id={parts.id} name={path} aria-invalid={parts.error ? true : undefined} aria-describedby={parts.describedBy} {...select}>
        {children}
      </select>
    </div>
  );
}

/** A checkbox with its label after the box (the usual reading order for "I accept …"). */
export function CheckboxField({ form, path, label, hint, ...input }: Omit<FieldProps, 'optional'> & Omit<InputHTMLAttributes<HTMLInputElement>, 'form'>) {
  const parts = useFieldParts({ form, path, label, hint });
  return (
    <div className="field field--checkbox" data-invalid={parts.error ? true : undefined}>
      <HintAndError hint={hint} {...parts} />
      <div className="checkbox">
        <input
          id={parts.id}
          name={path}
          type="checkbox"
          aria-invalid={parts.error ? true : undefined}
          aria-describedby={parts.describedBy}
          {...input}
        />
        <label htmlFor={parts.id}>{label}</label>
      </div>
    </div>
  );
}

/** Reads a text control from a submitted form; "" when empty or absent. */
export function textOf(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}

/** Reads an optional text control: trimmed, or undefined when left empty (so optional fields are omitted). */
export function optionalTextOf(data: FormData, name: string): string | undefined {
  const value = textOf(data, name).trim();
  return value === '' ? undefined : value;
}
