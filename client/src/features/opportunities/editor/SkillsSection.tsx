import { useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SKILL_LEVELS } from '@kafaat/shared';
import { SelectField } from '../../../components/form/Fields';
import type { FormErrorsApi } from '../../../components/form/useFormErrors';
import { SkillPicker } from '../../../components/skills/SkillPicker';
import { rememberSkillLabels } from '../../profile/profileApi';
import { useSkillName } from '../../profile/SkillName';
import type { SkillRequirement } from './draft';
import { EditorSection } from './EditorSection';
import type { SectionProps } from './editorProps';

type Level = '1' | '2' | '3' | '4';
type ListName = 'mustHaveSkills' | 'niceToHaveSkills';

/**
 * The skills asked for, from the taxonomy (so matching works across languages): the ones a candidate must have
 * and the ones that are a plus, each with the minimum level.
 */
export function SkillsSection({ draft, change, form }: SectionProps) {
  const { t } = useTranslation();
  const chosen = [...draft.mustHaveSkills, ...draft.niceToHaveSkills].map((skill) => skill.skillId);
  return (
    <EditorSection title={t('opportunities.editor.skillsSection')} intro={t('opportunities.editor.skillsIntro')}>
      <SkillList list="mustHaveSkills" label={t('opportunities.editor.mustHave')} empty={t('opportunities.editor.mustHaveEmpty')} exclude={chosen} skills={draft.mustHaveSkills} change={change} form={form} />
      <SkillList list="niceToHaveSkills" label={t('opportunities.editor.niceToHave')} empty={t('opportunities.editor.niceToHaveEmpty')} exclude={chosen} skills={draft.niceToHaveSkills} change={change} form={form} />
    </EditorSection>
  );
}

type SkillListProps = Pick<SectionProps, 'change' | 'form'> & { list: ListName; label: string; empty: string; exclude: string[]; skills: SkillRequirement[] };

function SkillList({ list, label, empty, exclude, skills, change, form }: SkillListProps) {
  const queryClient = useQueryClient();
  const picker = useRef<HTMLInputElement | null>(null);
  const listError = form.errors.fields[list];

  function remove(index: number) {
    form.clear(); // Errors are tied to positions in the list, which just changed.
    change(list, (current) => current.filter((_, i) => i !== index));
    picker.current?.focus();
  }

  return (
    <div className="opportunity-editor__skills">
      <SkillPicker
        ref={picker}
        id={form.idFor(list)}
        label={label}
        exclude={exclude}
        onSelect={(suggestion) => {
          rememberSkillLabels(queryClient, suggestion.id, suggestion.labels);
          change(list, (current) => (current.some((skill) => skill.skillId === suggestion.id) ? current : [...current, { skillId: suggestion.id, minLevel: 2 }]));
        }}
      />
      {listError ? <p className="field__error">{listError}</p> : null}
      {skills.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className="profile-edit-list" aria-label={label}>
          {skills.map((skill, index) => (
            <SkillRow
              key={skill.skillId}
              skill={skill}
              path={`${list}.${index}`}
              form={form}
              onLevel={(minLevel) => change(list, (current) => current.map((item, i) => (i === index ? { ...item, minLevel } : item)))}
              onRemove={() => remove(index)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

type SkillRowProps = { skill: SkillRequirement; path: string; form: FormErrorsApi; onLevel(level: number): void; onRemove(): void };

function SkillRow({ skill, path, form, onLevel, onRemove }: SkillRowProps) {
  const { t } = useTranslation();
  const { name } = useSkillName(skill.skillId);
  const skillError = form.errors.fields[`${path}.skillId`];
  return (
    <li className="profile-edit-item">
      <fieldset className="form__group">
        <legend id={form.idFor(`${path}.skillId`)} tabIndex={-1} className="profile-edit-item__title">
          {name}
        </legend>
        {skillError ? <p className="field__error">{skillError}</p> : null}
        <SelectField form={form} path={`${path}.minLevel`} label={t('opportunities.editor.minLevel')} value={String(skill.minLevel)} onChange={(event) => onLevel(Number(event.target.value))}>
          {SKILL_LEVELS.map((level) => (
            <option key={level} value={level}>
              {t(`profile.skills.levels.${String(level) as Level}`)}
            </option>
          ))}
        </SelectField>
        <p>
          <button type="button" className="button button--secondary button--small" onClick={onRemove}>
            {t('opportunities.editor.removeSkill', { skill: name })}
          </button>
        </p>
      </fieldset>
    </li>
  );
}
