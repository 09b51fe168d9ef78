import { useTranslation } from 'react-i18next';
import { RECOGNITION_STATUSES } from '@kafaat/shared';
import { CountrySelect } from '../../../components/form/CountrySelect';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../components/form/Fields';
import { newKey, type EducationDraft, type ExperienceDraft, type RecognitionStatus } from '../draft';
import type { StepProps } from '../stepProps';
import { useFocusLater } from '../useFocusLater';

/** Step 4: jobs and assignments, then diplomas and trainings with where they stand in Morocco. */
export function ExperienceStep(props: StepProps) {
  return (
    <>
      <ExperienceList {...props} />
      <EducationList {...props} />
    </>
  );
}

function ExperienceList({ draft, change, form }: StepProps) {
  const { t } = useTranslation();
  const focusLater = useFocusLater();
  const addId = form.idFor('experience');
  const listError = form.errors.fields.experience;

  function add() {
    const index = draft.experience.length;
    const entry: ExperienceDraft = { key: newKey(), title: '', organisation: '', country: '', city: '', start: '', end: '', current: false, description: '' };
    change('experience', (current) => [...current, entry]);
    focusLater(form.idFor(`experience.${index}.title`));
  }
  function update(index: number, patch: Partial<ExperienceDraft>) {
    change('experience', (current) => current.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)));
  }
  function remove(index: number) {
    form.clear(); // Errors are tied to positions in the list, which just changed.
    change('experience', (current) => current.filter((_, i) => i !== index));
    focusLater(addId);
  }

  return (
    <section className="profile-edit-block" aria-labelledby={`${addId}-title`}>
      <h3 id={`${addId}-title`}>{t('profile.experience.title')}</h3>
      {listError ? <p className="field__error">{listError}</p> : null}
      {draft.experience.length === 0 ? <p className="empty">{t('profile.experience.empty')}</p> : null}
      <ul className="profile-edit-list" hidden={draft.experience.length === 0}>
        {draft.experience.map((entry, index) => {
          const at = (field: string) => `experience.${index}.${field}`;
          return (
            <li key={entry.key} className="profile-edit-item">
              <fieldset className="form__group">
                <legend className="profile-edit-item__title">{entry.title.trim() || t('profile.experience.newEntry')}</legend>
                <TextField form={form} path={at('title')} dir="auto" label={t('profile.experience.fields.title')} maxLength={120} value={entry.title} onChange={(e) => update(index, { title: e.target.value })} />
                <TextField
                  form={form}
                  path={at('organisation')} dir="auto"
                  label={t('profile.experience.fields.organisation')}
                  optional
                  maxLength={120}
                  value={entry.organisation}
                  onChange={(e) => update(index, { organisation: e.target.value })}
                />
                <CountrySelect
                  form={form}
                  path={at('country')}
                  label={t('profile.experience.fields.country')}
                  optional
                  autoComplete="off"
                  value={entry.country}
                  onChange={(e) => update(index, { country: e.target.value })}
                />
                <TextField form={form} path={at('city')} dir="auto" label={t('profile.experience.fields.city')} optional maxLength={80} value={entry.city} onChange={(e) => update(index, { city: e.target.value })} />
                <TextField
                  form={form}
                  path={at('start')}
                  label={t('profile.experience.fields.start')}
                  hint={t('profile.experience.monthHint')}
                  type="month"
                  className="input--short"
                  value={entry.start}
                  onChange={(e) => update(index, { start: e.target.value })}
                />
                <CheckboxField form={form} path={at('current')} label={t('profile.experience.fields.current')} checked={entry.current} onChange={(e) => update(index, { current: e.target.checked })} />
                {entry.current ? null : (
                  <TextField
                    form={form}
                    path={at('end')}
                    label={t('profile.experience.fields.end')}
                    hint={t('profile.experience.monthHint')}
                    type="month"
                    className="input--short"
                    value={entry.end}
                    onChange={(e) => update(index, { end: e.target.value })}
                  />
                )}
                <TextAreaField
                  form={form}
                  path={at('description')} dir="auto"
                  label={t('profile.experience.fields.description')}
                  optional
                  maxLength={1000}
                  value={entry.description}
                  onChange={(e) => update(index, { description: e.target.value })}
                />
                <p>
                  <button type="button" className="button button--secondary button--small" onClick={() => remove(index)}>
                    {t('profile.experience.remove', { title: entry.title.trim() || t('profile.experience.newEntry') })}
                  </button>
                </p>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <p>
        <button id={addId} type="button" className="button button--secondary" onClick={add}>
          {t('profile.experience.add')}
        </button>
      </p>
    </section>
  );
}

function EducationList({ draft, change, form }: StepProps) {
  const { t } = useTranslation();
  const focusLater = useFocusLater();
  const addId = form.idFor('education');
  const listError = form.errors.fields.education;

  function add() {
    const index = draft.education.length;
    const entry: EducationDraft = { key: newKey(), title: '', institution: '', country: '', year: '', recognition: '' };
    change('education', (current) => [...current, entry]);
    focusLater(form.idFor(`education.${index}.title`));
  }
  function update(index: number, patch: Partial<EducationDraft>) {
    change('education', (current) => current.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)));
  }
  function remove(index: number) {
    form.clear();
    change('education', (current) => current.filter((_, i) => i !== index));
    focusLater(addId);
  }

  return (
    <section className="profile-edit-block" aria-labelledby={`${addId}-title`}>
      <h3 id={`${addId}-title`}>{t('profile.education.title')}</h3>
      {listError ? <p className="field__error">{listError}</p> : null}
      {draft.education.length === 0 ? <p className="empty">{t('profile.education.empty')}</p> : null}
      <ul className="profile-edit-list" hidden={draft.education.length === 0}>
        {draft.education.map((entry, index) => {
          const at = (field: string) => `education.${index}.${field}`;
          return (
            <li key={entry.key} className="profile-edit-item">
              <fieldset className="form__group">
                <legend className="profile-edit-item__title">{entry.title.trim() || t('profile.education.newEntry')}</legend>
                <TextField form={form} path={at('title')} dir="auto" label={t('profile.education.fields.title')} maxLength={160} value={entry.title} onChange={(e) => update(index, { title: e.target.value })} />
                <TextField
                  form={form}
                  path={at('institution')} dir="auto"
                  label={t('profile.education.fields.institution')}
                  optional
                  maxLength={160}
                  value={entry.institution}
                  onChange={(e) => update(index, { institution: e.target.value })}
                />
                <CountrySelect
                  form={form}
                  path={at('country')}
                  label={t('profile.education.fields.country')}
                  optional
                  autoComplete="off"
                  value={entry.country}
                  onChange={(e) => update(index, { country: e.target.value })}
                />
                <TextField
                  form={form}
                  path={at('year')}
                  label={t('profile.education.fields.year')}
                  optional
                  type="number"
                  inputMode="numeric"
                  min={1950}
                  max={2100}
                  className="input--short"
                  value={entry.year}
                  onChange={(e) => update(index, { year: e.target.value })}
                />
                <SelectField
                  form={form}
                  path={at('recognition')}
                  label={t('profile.education.fields.recognition')}
                  hint={t('profile.education.recognitionHint')}
                  value={entry.recognition}
                  onChange={(e) => update(index, { recognition: e.target.value as RecognitionStatus | '' })}
                >
                  <option value="">{t('profile.education.chooseRecognition')}</option>
                  {RECOGNITION_STATUSES.map((status) => (
                    <option key={status} value={status}>
                      {t(`profile.education.recognition.${status}`)}
                    </option>
                  ))}
                </SelectField>
                <p>
                  <button type="button" className="button button--secondary button--small" onClick={() => remove(index)}>
                    {t('profile.education.remove', { title: entry.title.trim() || t('profile.education.newEntry') })}
                  </button>
                </p>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <p>
        <button id={addId} type="button" className="button button--secondary" onClick={add}>
          {t('profile.education.add')}
        </button>
      </p>
    </section>
  );
}
