import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { textOf } from '../../components/form/Fields';
import { useFormErrors } from '../../components/form/useFormErrors';
import { CHOICE_GROUPS, choiceOf, type SignUpChoice } from './signUpChoices';

const PATHS = ['accountType'] as const;
/** The first radio carries the group's id, so the error summary's link lands on the group. */
const FIRST_VALUE = CHOICE_GROUPS[0]?.choices[0]?.value;

/** Step 1 of sign-up: one radio group of everything a person can be here, grouped by talent/employer/institution. */
export function AccountTypeChooser({ initial, onChoose }: { initial?: string; onChoose: (choice: SignUpChoice) => void }) {
  const { t } = useTranslation();
  const form = useFormErrors(PATHS);
  const legendId = useId();
  const errorId = useId();
  const error = form.errors.fields.accountType;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const choice = choiceOf(textOf(new FormData(event.currentTarget), 'accountType'));
    if (!choice) return form.showIssues([{ path: 'accountType', code: 'required', message: 'choose one' }]);
    form.clear();
    onChoose(choice);
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form">
      <ErrorSummary form={form} />
      <fieldset className="choice-group" aria-describedby={error ? errorId : undefined}>
        <legend id={legendId} className="form__legend">
          {t('signUp.choose.legend')}
        </legend>
        {error ? (
          <p id={errorId} className="field__error">
            {error}
          </p>
        ) : null}
        {CHOICE_GROUPS.map((group) => (
          <fieldset key={group.accountType} className="choice-group__section">
            <legend>{t(`signUp.choose.groups.${group.accountType}`)}</legend>
            {group.choices.map((choice) => {
              const id = choice.value === FIRST_VALUE ? form.idFor('accountType') : `${form.idFor('accountType')}-${choice.value}`;
              return (
                <div key={choice.value} className="radio">
                  <input id={id} type="radio" name="accountType" value={choice.value} defaultChecked={choice.value === initial} />
                  <label htmlFor={id}>
                    <span className="radio__title">{t(`signUp.choose.options.${choice.value}.title`)}</span>
                    <span className="radio__hint">{t(`signUp.choose.options.${choice.value}.hint`)}</span>
                  </label>
                </div>
              );
            })}
          </fieldset>
        ))}
      </fieldset>
      <p>
        <button type="submit" className="button">
          {t('signUp.choose.continue')}
        </button>
      </p>
    </form>
  );
}
