import { useTranslation } from 'react-i18next';
import { WORK_MODES } from '@kafaat/shared';
import { CountrySelect } from '../../../components/form/CountrySelect';
import { TextField } from '../../../components/form/Fields';
import { RadioGroup } from '../../profile/ChoiceFields';
import { EditorSection } from './EditorSection';
import type { SectionProps } from './editorProps';

/** Where the work happens (on site, remote or both; country and city), when, the deadline to apply, the seats. */
export function WhereWhenSection({ draft, change, form }: SectionProps) {
  const { t } = useTranslation();
  const location = draft.location;
  return (
    <EditorSection title={t('opportunities.editor.whereWhenSection')}>
      <RadioGroup
        form={form}
        path="location.mode"
        legend={t('opportunities.editor.mode')}
        choices={WORK_MODES.map((mode) => ({ value: mode, title: t(`opportunities.modes.${mode}`) }))}
        value={location.mode}
        onChange={(mode) => change('location', { ...location, mode })}
      />
      <CountrySelect form={form} path="location.country" label={t('fields.country')} value={location.country} onChange={(event) => change('location', { ...location, country: event.target.value })} />
      <TextField form={form} path="location.city" label={t('fields.city')} optional maxLength={80} autoComplete="address-level2" value={location.city} onChange={(event) => change('location', { ...location, city: event.target.value })} />
      <div className="opportunity-editor__dates">
        <TextField form={form} path="startDate" type="date" label={t('opportunities.editor.startDate')} optional value={draft.startDate} onChange={(event) => change('startDate', event.target.value)} />
        <TextField form={form} path="endDate" type="date" label={t('opportunities.editor.endDate')} optional value={draft.endDate} onChange={(event) => change('endDate', event.target.value)} />
      </div>
      <TextField
        form={form}
        path="deadline"
        type="date"
        label={t('opportunities.editor.deadline')}
        hint={t('opportunities.editor.deadlineHint')}
        optional
        value={draft.deadline}
        onChange={(event) => change('deadline', event.target.value)}
      />
      <TextField
        form={form}
        path="seats"
        type="number"
        inputMode="numeric"
        min={1}
        max={500}
        className="input--short"
        label={t('opportunities.editor.seats')}
        hint={t('opportunities.editor.seatsHint')}
        value={draft.seats}
        onChange={(event) => change('seats', event.target.value)}
      />
    </EditorSection>
  );
}
