import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrorsApi } from './useFormErrors';

/**
 * The list of what to fix, above the form. It takes focus after each failed submission, so keyboard and
 * screen-reader users land on it; each field error links to its field.
 */
export function ErrorSummary({ form }: { form: FormErrorsApi }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const { errors, shown, hasErrors } = form;

  useEffect(() => {
    if (shown > 0 && hasErrors) ref.current?.focus();
  }, [shown, hasErrors]);

  if (!hasErrors) return null;
  const fieldErrors = form.paths.flatMap((path) => {
    const message = errors.fields[path];
    return message ? [{ path, message }] : [];
  });

  function focusField(event: MouseEvent<HTMLAnchorElement>, path: string) {
    event.preventDefault();
    document.getElementById(form.idFor(path))?.focus();
  }

  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby={titleId}>
      <p id={titleId} className="error-summary__title">
        {fieldErrors.length > 0 ? t('errors.summaryTitle') : t('errors.summaryTitleRequest')}
      </p>
      <ul>
        {errors.form.map((message) => (
          <li key={message}>{message}</li>
        ))}
        {fieldErrors.map(({ path, message }) => (
          <li key={path}>
            <a href={`#${form.idFor(path)}`} onClick={(event) => focusField(event, path)}>
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
