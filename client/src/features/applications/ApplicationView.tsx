/**
 * One application as its talent or the opportunity's managers see it: the opportunity, the candidate, where it
 * stands and what the viewer can do now, the history, and, for a mission, its logistics, report and evaluation.
 * Both sides see the same record (talents can always see what the organisation sees of them).
 */
import { useId, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Application, ApplicationStage } from '@kafaat/shared';
import { StatusLine } from '../../components/StatusLine';
import { useFormat } from '../../i18n/format';
import { opportunityBoardPath, opportunityPath, talentPath } from '../../routes/paths';
import { StartConversationButton } from '../messages/StartConversationButton';
import { MissionPanel } from '../missions/MissionPanel';
import { LocalizedText } from '../opportunities/localizedText';
import { useMoveStage } from './applicationsApi';
import { MoveControl } from './MoveControl';
import { usePipelineError } from './pipelineErrors';
import { StageHistory } from './StageHistory';
import { TalentActions } from './TalentActions';

export type ViewerSide = 'talent' | 'owner';

function Part({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId} id={id}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

export function ApplicationView({ application, side }: { application: Application; side: ViewerSide }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { opportunity, talent } = application;
  return (
    <div className="application-view">
      <Part title={t('applications.view.summary')}>
        <dl className="details">
          <dt>{t('applications.view.opportunity')}</dt>
          <dd>
            <Link to={opportunityPath(opportunity.id)}>
              <LocalizedText text={opportunity.title} />
            </Link>{' '}
            · {t(`opportunities.types.${opportunity.type}.title`)}
          </dd>
          <dt>{t('applications.view.organisation')}</dt>
          <dd>
            <bdi>{opportunity.organisationName}</bdi>
          </dd>
          <dt>{t('applications.view.candidate')}</dt>
          <dd>
            {side === 'owner' ? <Link to={talentPath(talent.id)}>{talent.displayName}</Link> : <bdi>{talent.displayName}</bdi>}
            {talent.headline ? (
              <>
                {' · '}
                <span dir="auto">{talent.headline}</span>
              </>
            ) : null}
          </dd>
          <dt>{t('applications.view.stage')}</dt>
          <dd>
            <span className={`badge stage-badge stage-badge--${application.stage}`}>{t(`applications.stages.${application.stage}`)}</span>
          </dd>
          <dt>{t('applications.view.since')}</dt>
          <dd>{format.dateTime(application.updatedAt)}</dd>
          <dt>{t('applications.view.documents')}</dt>
          <dd>
            {application.documentIds.length === 0 ? (
              t('applications.view.noDocuments')
            ) : (
              <ul className="inline-list">
                {application.documentIds.map((id, i) => (
                  <li key={id}>
                    <a href={`/api/v1/documents/${id}/file`} download>
                      {t('applications.view.documentLink', { n: format.number(i + 1) })}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
        <StartConversationButton
          opportunityId={opportunity.id}
          talentId={side === 'owner' ? talent.id : undefined}
          recipientName={side === 'owner' ? talent.displayName : opportunity.organisationName}
        />
        <h3>{t('applications.view.motivation')}</h3>
        {application.motivation ? (
          <p className="details__text" dir="auto">
            {application.motivation}
          </p>
        ) : (
          <p className="empty">{t('applications.view.noMotivation')}</p>
        )}
        {side === 'owner' ? (
          <p>
            <Link to={opportunityBoardPath(opportunity.id)}>{t('opportunities.manage.board')}</Link>
          </p>
        ) : null}
      </Part>
      <Part title={t('applications.view.actions')}>{side === 'talent' ? <TalentActions application={application} explainNone /> : <OwnerMove application={application} />}</Part>
      {opportunity.type === 'mission' ? <MissionPanel application={application} side={side} /> : null}
      <Part title={t('applications.history.title')}>
        <StageHistory history={application.history} />
      </Part>
    </div>
  );
}

/** The manager's "Move to…" with a note for the history, and the outcome in words. */
function OwnerMove({ application }: { application: Application }) {
  const { t } = useTranslation();
  const move = useMoveStage();
  const describe = usePipelineError();
  const [done, setDone] = useState<string | null>(null);

  function onMove(stage: ApplicationStage, note: string) {
    setDone(null);
    move.mutate(
      { id: application.id, stage, note },
      { onSuccess: (moved) => setDone(t('applications.board.moved', { name: moved.talent.displayName, stage: t(`applications.stages.${moved.stage}`) })) },
    );
  }

  return (
    <>
      <StatusLine message={done} />
      {move.isError ? (
        <p className="notice notice--error" role="alert">
          {describe(move.error, 'stage')}
        </p>
      ) : null}
      <MoveControl application={application} onMove={onMove} pending={move.isPending} withNote />
    </>
  );
}
