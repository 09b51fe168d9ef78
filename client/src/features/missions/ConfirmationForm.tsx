/**
 * The host side confirms a mission with its selected expert: the dates and what is already arranged. The first
 * confirmation moves the application to "confirmed" (the expert is told, and gets a calendar file); sent again
 * with new dates, it reschedules, and the calendar event is replaced.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHECKLIST_ITEMS, MissionConfirmationSchema, type Application } from '@kafaat/shared';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextField } from '../../components/form/Fields';
import { useFormErrors } from '../../components/form/useFormErrors';
import { showPipelineError, usePipelineError } from '../applications/pipelineErrors';
import { describeUnder } from '../opportunities/editor/issueText';
import { CheckboxGroup } from '../profile/ChoiceFields';
import { useConfirmMission, type Checklist } from './missionsApi';

const FIELDS = ['startDate', 'endDate', 'checklist'] as const;
const describeConfirmationIssue = describeUnder('missions.errors.confirmation');
type Item = (typeof CHECKLIST_ITEMS)[number];

export function ConfirmationForm({ application, onDone }: { application: Application; onDone?: () => void }) {
  const { t } = useTranslation();
  const form = useFormErrors(FIELDS, describeConfirmationIssue);
  const describe = usePipelineError();
  const confirm = useConfirmMission();
  const current = application.mission?.confirmation ?? null;
  const [values, setValues] = useState({
    startDate: current?.startDate ?? '',
    endDate: current?.endDate ?? '',
    items: CHECKLIST_ITEMS.filter((item) => current?.checklist[item]) as Item[],
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checklist = Object.fromEntries(CHECKLIST_ITEMS.map((item) => [item, values.items.includes(item)])) as Checklist;
    const parsed = MissionConfirmationSchema.safeParse({ startDate: values.startDate, endDate: values.endDate, checklist });
    if (!parsed.success) return form.showZodError(parsed.error);
    form.clear();
    confirm.mutate({ id: application.id, input: parsed.data }, { onSuccess: () => onDone?.(), onError: (error) => showPipelineError(form, error, describe, 'mission') });
  }

  return (
    <form noValidate className="form" onSubmit={onSubmit}>
      <p>{current ? t('missions.confirm.rescheduleIntro') : t('missions.confirm.intro')}</p>
      <ErrorSummary form={form} />
      <div className="opportunity-editor__dates">
        <TextField form={form} path="startDate" type="date" label={t('missions.confirm.startDate')} value={values.startDate} onChange={(event) => setValues((v) => ({ ...v, startDate: event.target.value }))} />
        <TextField form={form} path="endDate" type="date" label={t('missions.confirm.endDate')} value={values.endDate} onChange={(event) => setValues((v) => ({ ...v, endDate: event.target.value }))} />
      </div>
      {current ? null : (
        <CheckboxGroup<Item>
          form={form}
          path="checklist"
          legend={t('missions.checklist.title')}
          hint={t('missions.confirm.checklistHint')}
          choices={CHECKLIST_ITEMS.map((item) => ({ value: item, title: t(`missions.checklist.items.${item}`) }))}
          values={values.items}
          onChange={(items) => setValues((v) => ({ ...v, items }))}
        />
      )}
      <p className="actions">
        <button type="submit" className="button" disabled={confirm.isPending}>
          {current ? t('missions.confirm.saveDates') : t('missions.confirm.submit')}
        </button>
        {onDone ? (
          <button type="button" className="button button--secondary" onClick={onDone}>
            {t('common.cancel')}
          </button>
        ) : null}
      </p>
    </form>
  );
}
