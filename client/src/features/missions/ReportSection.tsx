/**
 * The expert's report, once the mission is completed: the activities, the deliverables, how many people were
 * trained and the follow-up they suggest (structured, so the programme can count them). The expert files and may
 * revise it; the host side reads it.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MissionReportSchema, type Application } from '@kafaat/shared';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextAreaField, TextField } from '../../components/form/Fields';
import { useFormErrors } from '../../components/form/useFormErrors';
import { useFormat } from '../../i18n/format';
import type { ViewerSide } from '../applications/ApplicationView';
import { showPipelineError, usePipelineError } from '../applications/pipelineErrors';
import { newLineKey, type Line } from '../opportunities/editor/draft';
import { describeUnder } from '../opportunities/editor/issueText';
import { LinesField } from '../opportunities/editor/LinesField';
import { FiledPart } from './FiledPart';
import { useFileReport } from './missionsApi';

type Report = NonNullable<NonNullable<Application['mission']>['report']>;
const describeReportIssue = describeUnder('missions.errors.report');
const lines = (texts: string[]): Line[] => texts.map((text) => ({ key: newLineKey(), text }));

export function ReportSection({ application, side }: { application: Application; side: ViewerSide }) {
  const { t } = useTranslation();
  return (
    <FiledPart
      id="report"
      texts={{
        title: t('missions.report.title'),
        notYet: t('missions.report.notYet'),
        saved: t('missions.report.saved'),
        edit: t('missions.report.edit'),
        awaited: t('missions.report.awaited'),
      }}
      completed={application.stage === 'completed'}
      files={side === 'talent'}
      filed={application.mission?.report ?? null}
      form={(done) => <ReportForm application={application} report={application.mission?.report ?? null} {...done} />}
      view={(report) => <ReportView report={report} />}
    />
  );
}

function ReportView({ report }: { report: Report }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <p className="field__hint">{t('missions.report.filedOn', { date: format.dateTime(report.submittedAt) })}</p>
      <h3>{t('missions.report.activities')}</h3>
      <ul className="profile-list">
        {report.activities.map((activity, index) => (
          <li key={index} dir="auto">
            {activity}
          </li>
        ))}
      </ul>
      <h3>{t('missions.report.deliverables')}</h3>
      {report.deliverables.length === 0 ? (
        <p className="empty">{t('missions.report.noDeliverables')}</p>
      ) : (
        <ul className="profile-list">
          {report.deliverables.map((deliverable, index) => (
            <li key={index} dir="auto">
              {deliverable}
            </li>
          ))}
        </ul>
      )}
      <dl className="details">
        <dt>{t('missions.report.peopleTrained')}</dt>
        <dd>{format.number(report.peopleTrained)}</dd>
        <dt>{t('missions.report.followUp')}</dt>
        <dd className="details__text" dir="auto">
          {report.followUp || t('missions.report.noFollowUp')}
        </dd>
      </dl>
    </>
  );
}

type ReportFormProps = { application: Application; report: Report | null; onSaved(): void; onCancel?: () => void };

function ReportForm({ application, report, onSaved, onCancel }: ReportFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => ({
    activities: lines(report?.activities ?? ['']),
    deliverables: lines(report?.deliverables ?? []),
    peopleTrained: String(report?.peopleTrained ?? 0),
    followUp: report?.followUp ?? '',
  }));
  const paths = [
    'activities',
    ...values.activities.map((_, i) => `activities.${i}`),
    'deliverables',
    ...values.deliverables.map((_, i) => `deliverables.${i}`),
    'peopleTrained',
    'followUp',
  ];
  const pathsKey = paths.join(' ');
  const fieldList = useMemo(() => pathsKey.split(' '), [pathsKey]);
  const form = useFormErrors(fieldList, describeReportIssue);
  const describe = usePipelineError();
  const file = useFileReport();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const texts = (list: Line[]) => list.map((line) => line.text).filter((text) => text.trim() !== '');
    const people = values.peopleTrained.trim() === '' ? 0 : Number(values.peopleTrained);
    const parsed = MissionReportSchema.safeParse({ activities: texts(values.activities), deliverables: texts(values.deliverables), peopleTrained: people, followUp: values.followUp });
    if (!parsed.success) return form.showZodError(parsed.error);
    form.clear();
    file.mutate({ id: application.id, input: parsed.data }, { onSuccess: onSaved, onError: (error) => showPipelineError(form, error, describe, 'mission') });
  }

  return (
    <form noValidate className="form" onSubmit={onSubmit}>
      <p>{t('missions.report.intro')}</p>
      <ErrorSummary form={form} />
      <LinesField
        form={form}
        path="activities"
        legend={t('missions.report.activities')}
        hint={t('missions.report.activitiesHint')}
        itemLabel={(n) => t('missions.report.activity', { n })}
        addLabel={t('missions.report.addActivity')}
        removeLabel={(n) => t('missions.report.removeActivity', { n })}
        empty={t('missions.report.noActivities')}
        lines={values.activities}
        onChange={(activities) => setValues((v) => ({ ...v, activities }))}
        max={30}
        maxLength={500}
      />
      <LinesField
        form={form}
        path="deliverables"
        legend={t('missions.report.deliverables')}
        optional
        itemLabel={(n) => t('missions.report.deliverable', { n })}
        addLabel={t('missions.report.addDeliverable')}
        removeLabel={(n) => t('missions.report.removeDeliverable', { n })}
        empty={t('missions.report.noDeliverables')}
        lines={values.deliverables}
        onChange={(deliverables) => setValues((v) => ({ ...v, deliverables }))}
        max={30}
        maxLength={500}
      />
      <TextField
        form={form}
        path="peopleTrained"
        type="number"
        inputMode="numeric"
        min={0}
        className="input--short"
        label={t('missions.report.peopleTrained')}
        hint={t('missions.report.peopleTrainedHint')}
        value={values.peopleTrained}
        onChange={(event) => setValues((v) => ({ ...v, peopleTrained: event.target.value }))}
      />
      <TextAreaField
        form={form}
        path="followUp"
        label={t('missions.report.followUp')}
        hint={t('missions.report.followUpHint')}
        optional
        dir="auto"
        maxLength={3000}
        value={values.followUp}
        onChange={(event) => setValues((v) => ({ ...v, followUp: event.target.value }))}
      />
      <p className="actions">
        <button type="submit" className="button" disabled={file.isPending}>
          {report ? t('missions.report.update') : t('missions.report.submit')}
        </button>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </p>
    </form>
  );
}

