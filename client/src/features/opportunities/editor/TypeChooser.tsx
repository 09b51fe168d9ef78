import { useTranslation } from 'react-i18next';
import type { OpportunityType } from '@kafaat/shared';
import { RadioGroup } from '../../profile/ChoiceFields';
import { EditorSection } from './EditorSection';
import type { SectionProps } from './editorProps';

/** The kind of opportunity, each explained; only the kinds this organisation may publish are offered. */
export function TypeChooser({ draft, change, form, types }: SectionProps & { types: readonly OpportunityType[] }) {
  const { t } = useTranslation();
  return (
    <EditorSection title={t('opportunities.editor.typeSection')}>
      <RadioGroup
        form={form}
        path="type"
        legend={t('opportunities.editor.type')}
        choices={types.map((type) => ({ value: type, title: t(`opportunities.types.${type}.title`), hint: t(`opportunities.types.${type}.hint`) }))}
        value={draft.type}
        onChange={(type) => change('type', type)}
      />
    </EditorSection>
  );
}
