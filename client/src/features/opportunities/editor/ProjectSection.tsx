import { useTranslation } from 'react-i18next';
import { CheckboxGroup, RadioGroup } from '../../profile/ChoiceFields';
import { PROJECT_PURPOSES, PROJECT_SEEKING } from './draft';
import { EditorSection } from './EditorSection';
import type { SectionProps } from './editorProps';

/** A project: what it is for (investment, research, development) and what it seeks (expertise, investors, both). */
export function ProjectSection({ draft, change, form }: SectionProps) {
  const { t } = useTranslation();
  const project = draft.project;
  return (
    <EditorSection title={t('opportunities.editor.projectSection')}>
      <RadioGroup
        form={form}
        path="project.purpose"
        legend={t('opportunities.editor.purpose')}
        choices={PROJECT_PURPOSES.map((purpose) => ({ value: purpose, title: t(`opportunities.purposes.${purpose}`) }))}
        value={project.purpose}
        onChange={(purpose) => change('project', { ...project, purpose })}
      />
      <CheckboxGroup
        form={form}
        path="project.seeking"
        legend={t('opportunities.editor.seeking')}
        hint={t('opportunities.editor.seekingHint')}
        choices={PROJECT_SEEKING.map((seeking) => ({ value: seeking, title: t(`opportunities.seeking.${seeking}`) }))}
        values={project.seeking}
        onChange={(seeking) => change('project', { ...project, seeking })}
      />
    </EditorSection>
  );
}
