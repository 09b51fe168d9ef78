import { useTranslation } from 'react-i18next';
import { TextAreaField, TextField } from '../../../components/form/Fields';
import { useMad } from '../money';
import type { OpportunityDraft } from './draft';
import { EditorSection } from './EditorSection';
import type { SectionProps } from './editorProps';
import { LinesField } from './LinesField';

type Mission = OpportunityDraft['mission'];

/** The amount as the reader's language writes it, under a budget field (nothing while it is not a number). */
function useAmountHint(): (text: string) => string | undefined {
  const { t } = useTranslation();
  const mad = useMad();
  return (text) => {
    const value = Number(text);
    return text.trim() === '' || !Number.isFinite(value) ? undefined : t('opportunities.editor.amountIs', { amount: mad(value) });
  };
}

/**
 * A knowledge-transfer mission's terms of reference: the host institution in Morocco, the objectives, the
 * deliverables expected, its length in working days, and what the programme pays (travel and a daily allowance).
 */
export function MissionSection({ draft, change, form }: SectionProps) {
  const { t } = useTranslation();
  const amountHint = useAmountHint();
  const mission = draft.mission;
  const set = (patch: Partial<Mission>) => change('mission', (current) => ({ ...current, ...patch }));

  return (
    <EditorSection title={t('opportunities.editor.missionSection')} intro={t('opportunities.editor.missionIntro')}>
      <TextField form={form} path="mission.hostInstitution" label={t('opportunities.editor.hostInstitution')} hint={t('opportunities.editor.hostInstitutionHint')} maxLength={160} value={mission.hostInstitution} onChange={(event) => set({ hostInstitution: event.target.value })} />
      <TextAreaField form={form} path="mission.objectives" label={t('opportunities.editor.objectives')} hint={t('opportunities.editor.objectivesHint')} maxLength={3000} value={mission.objectives} onChange={(event) => set({ objectives: event.target.value })} />
      <LinesField
        form={form}
        path="mission.deliverables"
        legend={t('opportunities.editor.deliverables')}
        optional
        itemLabel={(n) => t('opportunities.editor.deliverable', { n })}
        addLabel={t('opportunities.editor.addDeliverable')}
        removeLabel={(n) => t('opportunities.editor.removeDeliverable', { n })}
        empty={t('opportunities.editor.deliverablesEmpty')}
        lines={mission.deliverables}
        onChange={(deliverables) => set({ deliverables })}
        max={20}
        maxLength={300}
      />
      <TextField form={form} path="mission.durationDays" type="number" inputMode="numeric" min={1} max={180} className="input--short" label={t('opportunities.editor.durationDays')} hint={t('opportunities.editor.durationDaysHint')} value={mission.durationDays} onChange={(event) => set({ durationDays: event.target.value })} />
      <TextField form={form} path="mission.budget.travelMad" type="number" inputMode="numeric" min={0} className="input--short" label={t('opportunities.editor.travelMad')} hint={amountHint(mission.travelMad)} value={mission.travelMad} onChange={(event) => set({ travelMad: event.target.value })} />
      <TextField form={form} path="mission.budget.dailyAllowanceMad" type="number" inputMode="numeric" min={0} className="input--short" label={t('opportunities.editor.dailyAllowanceMad')} hint={amountHint(mission.dailyAllowanceMad)} value={mission.dailyAllowanceMad} onChange={(event) => set({ dailyAllowanceMad: event.target.value })} />
    </EditorSection>
  );
}
