import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CEFR_LEVELS, type CefrLevel, type SpokenLanguage } from '@kafaat/shared';
import { CheckboxField, SelectField } from '../../../components/form/Fields';
import type { FormErrorsApi } from '../../../components/form/useFormErrors';
import type { LanguageDraft } from '../draft';
import { useLanguageName, useSortedLanguages } from '../languageNames';
import type { StepProps } from '../stepProps';
import { useFocusLater } from '../useFocusLater';

/** Step 3: languages spoken, each with a self-assessed CEFR level (Darija and Tamazight included). */
export function LanguagesStep({ draft, change, form }: StepProps) {
  const { t } = useTranslation();
  const languages = useSortedLanguages();
  const focusLater = useFocusLater();
  const [toAdd, setToAdd] = useState('');
  const listed = new Set(draft.languages.map((language) => language.code));
  const addable = languages.filter((language) => !listed.has(language.code));

  function add() {
    const choice = addable.find((language) => language.code === toAdd);
    if (!choice) return;
    const index = draft.languages.length;
    change('languages', (current) => [...current, { code: choice.code, level: '', native: false }]);
    setToAdd('');
    focusLater(form.idFor(`languages.${index}.level`));
  }

  function update(index: number, patch: Partial<LanguageDraft>) {
    change('languages', (current) => current.map((language, i) => (i === index ? { ...language, ...patch } : language)));
  }

  function remove(index: number) {
    form.clear(); // Errors are tied to positions in the list, which just changed.
    change('languages', (current) => current.filter((_, i) => i !== index));
    focusLater(form.idFor('languages'));
  }

  return (
    <>
      {draft.languages.length === 0 ? (
        <p className="empty">{t('profile.languages.empty')}</p>
      ) : (
        <ul className="profile-edit-list" aria-label={t('profile.languages.listLabel')}>
          {draft.languages.map((language, index) => (
            <LanguageRow
              key={language.code}
              language={language}
              index={index}
              form={form}
              onChange={(patch) => update(index, patch)}
              onRemove={() => remove(index)}
            />
          ))}
        </ul>
      )}
      <div className="profile-add">
        <SelectField
          form={form}
          path="languages"
          label={t('profile.languages.add')}
          value={toAdd}
          onChange={(event) => setToAdd(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault(); // Enter here adds the language, it does not save the step.
              add();
            }
          }}
        >
          <option value="">{t('profile.languages.choose')}</option>
          {addable.map((language) => (
            <option key={language.code} value={language.code}>
              {language.name}
            </option>
          ))}
        </SelectField>
        <p>
          <button type="button" className="button button--secondary" onClick={add} disabled={toAdd === ''}>
            {t('profile.languages.addButton')}
          </button>
        </p>
      </div>
    </>
  );
}

type LanguageRowProps = {
  language: LanguageDraft;
  index: number;
  form: FormErrorsApi;
  onChange(patch: Partial<LanguageDraft>): void;
  onRemove(): void;
};

function LanguageRow({ language, index, form, onChange, onRemove }: LanguageRowProps) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const name = languageName(language.code as SpokenLanguage);
  const at = (field: string) => `languages.${index}.${field}`;
  return (
    <li className="profile-edit-item">
      <fieldset className="form__group">
        <legend id={form.idFor(at('code'))} tabIndex={-1} className="profile-edit-item__title">
          {name}
        </legend>
        {form.errors.fields[at('code')] ? <p className="field__error">{form.errors.fields[at('code')]}</p> : null}
        <SelectField
          form={form}
          path={at('level')}
          label={t('profile.languages.level')}
          hint={t('profile.languages.levelHint')}
          value={language.level}
          onChange={(event) => onChange({ level: event.target.value as CefrLevel | '' })}
        >
          <option value="">{t('profile.languages.chooseLevel')}</option>
          {CEFR_LEVELS.map((level) => (
            <option key={level} value={level}>
              {t(`profile.languages.cefr.${level}`)}
            </option>
          ))}
        </SelectField>
        <CheckboxField
          form={form}
          path={at('native')}
          label={t('profile.languages.native')}
          checked={language.native}
          onChange={(event) => onChange(event.target.checked && language.level === '' ? { native: true, level: 'C2' } : { native: event.target.checked })}
        />
        <p>
          <button type="button" className="button button--secondary button--small" onClick={onRemove}>
            {t('profile.languages.remove', { language: name })}
          </button>
        </p>
      </fieldset>
    </li>
  );
}
