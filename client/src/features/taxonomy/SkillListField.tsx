import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkillSuggestion } from '@kafaat/shared';
import { SkillChips } from '../../components/skills/SkillChips';
import { SkillPicker } from '../../components/skills/SkillPicker';
import type { FormErrorsApi } from '../../components/form/useFormErrors';

type SkillListFieldProps = {
  form: FormErrorsApi;
  /** "broader" or "related": the body field, whose error is shown here. */
  path: string;
  label: string;
  hint: string;
  skills: SkillSuggestion[];
  onChange(skills: SkillSuggestion[]): void;
};

/**
 * A list of taxonomy skills chosen with the shared picker (broader or related skills of a new one), shown as
 * removable chips; its error is read with the picker's description and linked from the error summary.
 */
export function SkillListField({ form, path, label, hint, skills, onChange }: SkillListFieldProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const error = form.errors.fields[path];
  return (
    <div className="form__group" data-invalid={error ? true : undefined}>
      <SkillPicker
        ref={input}
        id={form.idFor(path)}
        label={label}
        description={
          <>
            {hint}
            {error ? <span className="field__error"> {error}</span> : null}
          </>
        }
        exclude={skills.map((skill) => skill.id)}
        onSelect={(skill) => onChange([...skills, skill])}
      />
      <SkillChips
        skills={skills}
        label={t('taxonomy.propose.chosenIn', { list: label })}
        focusWhenEmpty={input}
        onRemove={(id) => onChange(skills.filter((skill) => skill.id !== id))}
      />
    </div>
  );
}
