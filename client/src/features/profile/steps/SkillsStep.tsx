import { useRef } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ACQUISITION_MODES, SKILL_LEVELS } from '@kafaat/shared';
import { SelectField, TextField } from '../../../components/form/Fields';
import type { FormErrorsApi } from '../../../components/form/useFormErrors';
import { SkillPicker } from '../../../components/skills/SkillPicker';
import { profileEditPath } from '../../../routes/paths';
import { CheckboxGroup } from '../ChoiceFields';
import type { SkillDraft } from '../draft';
import { rememberSkillLabels } from '../profileApi';
import { useSkillName } from '../SkillName';
import type { StepProps } from '../stepProps';

type Level = '1' | '2' | '3' | '4';

/** Step 2: skills from the taxonomy, each with a level, years of practice and how it was learnt. */
export function SkillsStep({ draft, change, form }: StepProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const picker = useRef<HTMLInputElement | null>(null);
  const listError = form.errors.fields.skills;

  function update(index: number, patch: Partial<SkillDraft>) {
    change('skills', (skills) => skills.map((skill, i) => (i === index ? { ...skill, ...patch } : skill)));
  }

  function remove(index: number) {
    form.clear(); // Errors are tied to positions in the list, which just changed.
    change('skills', (skills) => skills.filter((_, i) => i !== index));
    picker.current?.focus();
  }

  return (
    <>
      <div>
        <SkillPicker
          ref={picker}
          id={form.idFor('skills')}
          label={t('profile.skills.picker')}
          exclude={draft.skills.map((skill) => skill.skillId)}
          onSelect={(suggestion) => {
            rememberSkillLabels(queryClient, suggestion.id, suggestion.labels);
            change('skills', (skills) =>
              skills.some((skill) => skill.skillId === suggestion.id)
                ? skills
                : [...skills, { skillId: suggestion.id, level: 2, years: '', acquiredBy: ['work'], evidence: [], verified: false }],
            );
          }}
        />
        {listError ? <p className="field__error">{listError}</p> : null}
      </div>
      {draft.skills.length === 0 ? (
        <div className="empty">
          <p>{t('profile.skills.empty')}</p>
          <p>
            <Link to={profileEditPath('documents')}>{t('profile.skills.emptyCv')}</Link>
          </p>
        </div>
      ) : (
        <ul className="profile-edit-list" aria-label={t('profile.skills.listLabel')}>
          {draft.skills.map((skill, index) => (
            <SkillRow key={skill.skillId} skill={skill} index={index} form={form} onChange={(patch) => update(index, patch)} onRemove={() => remove(index)} />
          ))}
        </ul>
      )}
    </>
  );
}

type SkillRowProps = {
  skill: SkillDraft;
  index: number;
  form: FormErrorsApi;
  onChange(patch: Partial<SkillDraft>): void;
  onRemove(): void;
};

function SkillRow({ skill, index, form, onChange, onRemove }: SkillRowProps) {
  const { t } = useTranslation();
  const { name } = useSkillName(skill.skillId);
  const at = (field: string) => `skills.${index}.${field}`;
  const skillError = form.errors.fields[at('skillId')];
  return (
    <li className="profile-edit-item">
      <fieldset className="form__group">
        <legend id={form.idFor(at('skillId'))} tabIndex={-1} className="profile-edit-item__title">
          {name}
          {skill.verified ? <span className="badge badge--verified">{t('profile.skills.verified')}</span> : null}
        </legend>
        {skillError ? <p className="field__error">{skillError}</p> : null}
        <SelectField
          form={form}
          path={at('level')}
          label={t('profile.skills.level')}
          hint={t(`profile.skills.levelHints.${String(skill.level) as Level}`)}
          value={String(skill.level)}
          onChange={(event) => onChange({ level: Number(event.target.value) })}
        >
          {SKILL_LEVELS.map((level) => (
            <option key={level} value={level}>
              {t(`profile.skills.levels.${String(level) as Level}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          form={form}
          path={at('years')}
          label={t('profile.skills.years')}
          optional
          type="number"
          inputMode="numeric"
          min={0}
          max={60}
          className="input--short"
          value={skill.years}
          onChange={(event) => onChange({ years: event.target.value })}
        />
        <CheckboxGroup
          form={form}
          path={at('acquiredBy')}
          legend={t('profile.skills.acquiredBy')}
          hint={t('profile.skills.acquiredByHint')}
          choices={ACQUISITION_MODES.map((mode) => ({ value: mode, title: t(`profile.skills.modes.${mode}`) }))}
          values={skill.acquiredBy}
          onChange={(acquiredBy) => onChange({ acquiredBy })}
        />
        <p>
          <button type="button" className="button button--secondary button--small" onClick={onRemove}>
            {t('profile.skills.remove', { skill: name })}
          </button>
        </p>
      </fieldset>
    </li>
  );
}
