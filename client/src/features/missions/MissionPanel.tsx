/**
 * A mission after selection, on its application's page, for both sides: the host side confirms dates and
 * logistics, both follow the checklist and add the mission to their calendar, then, once it is completed, the
 * expert files the report and the host side the evaluation. Each part says what comes next while it is not due.
 */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application } from '@kafaat/shared';
import { useFormat } from '../../i18n/format';
import type { ViewerSide } from '../applications/ApplicationView';
import { ChecklistProgress } from './ChecklistProgress';
import { ConfirmationForm } from './ConfirmationForm';
import { EvaluationSection } from './EvaluationSection';
import { missionCalendarUrl } from './missionsApi';
import { ReportSection } from './ReportSection';

export function MissionPart({ title, id, children }: { title: string; id?: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="panel mission-part" aria-labelledby={headingId} id={id}>
      <h2 id={headingId} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

export function MissionPanel({ application, side }: { application: Application; side: ViewerSide }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [rescheduling, setRescheduling] = useState(false);
  const confirmation = application.mission?.confirmation ?? null;
  const stage = application.stage;
  const owner = side === 'owner';

  let logistics: ReactNode;
  if (confirmation) {
    logistics = (
      <>
        <p className="mission-dates">{t('missions.confirm.dates', { from: format.date(confirmation.startDate), to: format.date(confirmation.endDate) })}</p>
        <p>
          <a className="button button--secondary" href={missionCalendarUrl(application.id)} download>
            {t('missions.calendar.add')}
          </a>
        </p>
        <p className="field__hint">{t('missions.calendar.hint')}</p>
        <ChecklistProgress application={application} editable={owner} />
        {owner && stage === 'confirmed' ? (
          rescheduling ? (
            <ConfirmationForm application={application} onDone={() => setRescheduling(false)} />
          ) : (
            <p>
              <button type="button" className="button button--secondary" onClick={() => setRescheduling(true)}>
                {t('missions.confirm.reschedule')}
              </button>
            </p>
          )
        ) : null}
      </>
    );
  } else if (owner && stage === 'selected') {
    logistics = <ConfirmationForm application={application} />;
  } else {
    logistics = <p className="empty">{owner ? t('missions.confirm.notYetOwner') : t('missions.confirm.notYetTalent')}</p>;
  }

  return (
    <>
      <MissionPart title={t('missions.confirm.title')} id="confirmation">
        {logistics}
      </MissionPart>
      <ReportSection application={application} side={side} />
      <EvaluationSection application={application} side={side} />
    </>
  );
}
