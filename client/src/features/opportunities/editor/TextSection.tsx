import { useTranslation } from 'react-i18next';
import { LOCALES, SECTORS, directionOf, type Locale, type Sector } from '@kafaat/shared';
import { SelectField, TextAreaField, TextField } from '../../../components/form/Fields';
import { LANGUAGE_NAMES } from '../../../i18n/languages';
import { CheckboxGroup } from '../../profile/ChoiceFields';
import { EditorSection } from './EditorSection';
import type { SectionProps } from './editorProps';

/**
 * Title and description in one or more of French, Arabic and English: a tick per language shows its fields, each
 * typed in its own direction (Arabic right to left even on a French page). Readers see their language when it
 * was written, another one otherwise. The sector sits here too: it says what the text is about.
 */
export function TextSection({ draft, change, form }: SectionProps) {
  const { t } = useTranslation();
  const missing = form.errors.fields.title ?? form.errors.fields.description;
  return (
    <EditorSection title={t('opportunities.editor.textSection')} intro={t('opportunities.editor.textIntro')}>
      <CheckboxGroup<Locale>
        form={form}
        path="written"
        legend={t('opportunities.editor.written')}
        hint={t('opportunities.editor.writtenHint')}
        choices={LOCALES.map((lang) => ({ value: lang, title: <span lang={lang}>{LANGUAGE_NAMES[lang]}</span> }))}
        values={draft.written}
        onChange={(written) => change('written', written)}
      />
      {missing ? (
        <p id={form.idFor(form.errors.fields.title ? 'title' : 'description')} tabIndex={-1} className="field__error">
          {missing}
        </p>
      ) : null}
      {draft.written.map((lang) => {
        const language = LANGUAGE_NAMES[lang];
        return (
          <fieldset key={lang} className="form__group opportunity-editor__language">
            <legend className="form__legend" lang={lang}>
              {language}
            </legend>
            <TextField
              form={form}
              path={`title.${lang}`}
              label={t('opportunities.editor.titleIn', { language })}
              lang={lang}
              dir={directionOf(lang)}
              maxLength={160}
              value={draft.title[lang]}
              onChange={(event) => change('title', (title) => ({ ...title, [lang]: event.target.value }))}
            />
            <TextAreaField
              form={form}
              path={`description.${lang}`}
              label={t('opportunities.editor.descriptionIn', { language })}
              hint={t('opportunities.editor.descriptionHint')}
              lang={lang}
              dir={directionOf(lang)}
              rows={6}
              maxLength={6000}
              value={draft.description[lang]}
              onChange={(event) => change('description', (description) => ({ ...description, [lang]: event.target.value }))}
            />
          </fieldset>
        );
      })}
      {draft.written.length === 0 ? <p className="empty">{t('opportunities.editor.noLanguage')}</p> : null}
      <SelectField form={form} path="sector" label={t('opportunities.editor.sector')} value={draft.sector} onChange={(event) => change('sector', event.target.value as Sector | '')}>
        <option value="">{t('opportunities.editor.chooseSector')}</option>
        {SECTORS.map((sector) => (
          <option key={sector} value={sector}>
            {t(`sectors.${sector}`)}
          </option>
        ))}
      </SelectField>
    </EditorSection>
  );
}
