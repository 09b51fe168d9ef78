import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CEFR_LEVELS, type CefrLevel } from '@kafaat/shared';
import { SelectField } from '../../../components/form/Fields';
import { useLanguageName, useSortedLanguages } from '../../profile/languageNames';
import { useFocusLater } from '../../profile/useFocusLater';
import { EditorSection } from './EditorSection';
import type { SectionProps } from './editorProps';

/** Languages the work needs, each with the minimum level on the CEFR scale (Darija and Tamazight included). */
export function LanguagesSection({ draft, change, form }: SectionProps) {
  const { t } = useTranslation();
  const languages = useSortedLanguages();
  const languageName = useLanguageName();
  const focusLater = useFocusLater();
  const [toAdd, setToAdd] = useState('');
  const listed = new Set(draft.languages.map((language) => language.code));
  const addable = languages.filter((language) => !listed.has(language.code));

  function add() {
    const choice = addable.find((language) => language.code === toAdd);
    if (!choice) return;
    const index = draft.languages.length;
    change('languages', (current) => [...current, { code: choice.code, minLevel: '' }]);
    setToAdd('');
    focusLater(form.idFor(`languages.${index}.minLevel`));
  }

  function remove(index: number) {
    form.clear();
    change('languages', (current) => current.filter((_, i) => i !== index));
    focusLater(form.idFor('languages'));
  }

  return (
    <EditorSection title={t('opportunities.editor.languagesSection')}>
      {draft.languages.length === 0 ? (
        <p className="empty">{t('opportunities.editor.languagesEmpty')}</p>
      ) : (
        <ul className="profile-edit-list" aria-label={t('opportunities.editor.languagesSection')}>
          {draft.languages.map((language, index) => {
            const name = languageName(language.code);
            return (
              <li key={language.code} className="profile-edit-item">
                <fieldset className="form__group">
                  <legend id={form.idFor(`languages.${index}.code`)} tabIndex={-1} className="profile-edit-item__title">
                    {name}
                  </legend>
                  <SelectField
                    form={form}
                    path={`languages.${index}.minLevel`}
                    label={t('opportunities.editor.minCefr')}
                    value={language.minLevel}
                    onChange={(event) =>
                      change('languages', (current) => current.map((item, i) => (i === index ? { ...item, minLevel: event.target.value as CefrLevel | '' } : item)))
                    }
                  >
                    <option value="">{t('profile.languages.chooseLevel')}</option>
                    {CEFR_LEVELS.map((level) => (
                      <option key={level} value={level}>
                        {t(`profile.languages.cefr.${level}`)}
                      </option>
                    ))}
                  </SelectField>
                  <p>
                    <button type="button" className="button button--secondary button--small" onClick={() => remove(index)}>
                      {t('opportunities.editor.removeLanguage', { language: name })}
                    </button>
                  </p>
                </fieldset>
              </li>
            );
          })}
        </ul>
      )}
      <div className="profile-add">
        <SelectField
          form={form}
          path="languages"
          label={t('opportunities.editor.addLanguage')}
          optional
          value={toAdd}
          onChange={(event) => setToAdd(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault(); // Enter here adds the language, it does not save the opportunity.
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
            {t('opportunities.editor.addLanguageButton')}
          </button>
        </p>
      </div>
    </EditorSection>
  );
}
