/**
 * The host side's evaluation of a completed mission: four ratings from 1 to 5 (objectives met, expertise,
 * communication, overall), comments, and whether it would host the expert again. Ratings are radio groups, so
 * each is one Tab stop and the arrow keys choose. The expert reads the evaluation once filed.
 */
import { Fragment, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MissionEvaluationSchema, type Application } from '@kafaat/shared';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextAreaField } from '../../components/form/Fields';
import { useFormErrors } from '../../components/form/useFormErrors';
import { useFormat } from '../../i18n/format';
import type { ViewerSide } from '../applications/ApplicationView';
import { showPipelineError, usePipelineError } from '../applications/pipelineErrors';
import { describeUnder } from '../opportunities/editor/issueText';
import { RadioGroup } from '../profile/ChoiceFields';
import { FiledPart } from './FiledPart';
import { useFileEvaluation } from './missionsApi';

type Evaluation = NonNullable<NonNullable<Application['mission']>['evaluation']>;
export const RATINGS = ['objectivesMet', 'expertise', 'communication', 'overall'] as const;
type Rating = (typeof RATINGS)[number];
const SCORES = ['1', '2', '3', '4', '5'] as const;
type Score = (typeof SCORES)[number];
const FIELDS = [...RATINGS.map((rating) => `ratings.${rating}`), 'comments', 'wouldHostAgain'];
const describeEvaluationIssue = describeUnder('missions.errors.evaluation');

export function EvaluationSection({ application, side }: { application: Application; side: ViewerSide }) {
  const { t } = useTranslation();
  return (
    <FiledPart
      id="evaluation"
      texts={{
        title: t('missions.evaluation.title'),
        notYet: t('missions.evaluation.notYet'),
        saved: t('missions.evaluation.saved'),
        edit: t('missions.evaluation.edit'),
        awaited: t('missions.evaluation.awaited'),
      }}
      completed={application.stage === 'completed'}
      files={side === 'owner'}
      filed={application.mission?.evaluation ?? null}
      form={(done) => <EvaluationForm application={application} evaluation={application.mission?.evaluation ?? null} {...done} />}
      view={(evaluation) => <EvaluationView evaluation={evaluation} />}
    />
  );
}

function EvaluationView({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <p className="field__hint">{t('missions.evaluation.filedOn', { date: format.dateTime(evaluation.submittedAt) })}</p>
      <dl className="details">
        {RATINGS.map((rating) => (
          <Fragment key={rating}>
            <dt>{t(`missions.evaluation.ratings.${rating}`)}</dt>
            <dd>{t(`missions.evaluation.scores.${String(evaluation.ratings[rating]) as Score}`)}</dd>
          </Fragment>
        ))}
        <dt>{t('missions.evaluation.wouldHostAgain')}</dt>
        <dd>{evaluation.wouldHostAgain ? t('missions.evaluation.yes') : t('missions.evaluation.no')}</dd>
        <dt>{t('missions.evaluation.comments')}</dt>
        <dd className="details__text" dir="auto">
          {evaluation.comments || t('missions.evaluation.noComments')}
        </dd>
      </dl>
    </>
  );
}

type EvaluationFormProps = { application: Application; evaluation: Evaluation | null; onSaved(): void; onCancel?: () => void };

function EvaluationForm({ application, evaluation, onSaved, onCancel }: EvaluationFormProps) {
  const { t } = useTranslation();
  const form = useFormErrors(FIELDS, describeEvaluationIssue);
  const describe = usePipelineError();
  const file = useFileEvaluation();
  const [ratings, setRatings] = useState<Record<Rating, Score | ''>>(() => ({
    objectivesMet: evaluation ? (String(evaluation.ratings.objectivesMet) as Score) : '',
    expertise: evaluation ? (String(evaluation.ratings.expertise) as Score) : '',
    communication: evaluation ? (String(evaluation.ratings.communication) as Score) : '',
    overall: evaluation ? (String(evaluation.ratings.overall) as Score) : '',
  }));
  const [comments, setComments] = useState(evaluation?.comments ?? '');
  const [again, setAgain] = useState<'yes' | 'no' | ''>(evaluation ? (evaluation.wouldHostAgain ? 'yes' : 'no') : '');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const score = (value: Score | '') => (value === '' ? undefined : Number(value));
    const parsed = MissionEvaluationSchema.safeParse({
      ratings: Object.fromEntries(RATINGS.map((rating) => [rating, score(ratings[rating])])),
      comments,
      wouldHostAgain: again === '' ? undefined : again === 'yes',
    });
    if (!parsed.success) return form.showZodError(parsed.error);
    form.clear();
    file.mutate({ id: application.id, input: parsed.data }, { onSuccess: onSaved, onError: (error) => showPipelineError(form, error, describe, 'mission') });
  }

  return (
    <form noValidate className="form" onSubmit={onSubmit}>
      <p>{t('missions.evaluation.intro')}</p>
      <ErrorSummary form={form} />
      {RATINGS.map((rating) => (
        <RadioGroup<Score>
          key={rating}
          form={form}
          path={`ratings.${rating}`}
          legend={t(`missions.evaluation.ratings.${rating}`)}
          hint={t(`missions.evaluation.hints.${rating}`)}
          choices={SCORES.map((score) => ({ value: score, title: t(`missions.evaluation.scores.${score}`) }))}
          value={ratings[rating]}
          onChange={(value) => setRatings((current) => ({ ...current, [rating]: value }))}
        />
      ))}
      <TextAreaField form={form} path="comments" label={t('missions.evaluation.comments')} hint={t('missions.evaluation.commentsHint')} optional dir="auto" maxLength={3000} value={comments} onChange={(event) => setComments(event.target.value)} />
      <RadioGroup<'yes' | 'no'>
        form={form}
        path="wouldHostAgain"
        legend={t('missions.evaluation.wouldHostAgain')}
        choices={[
          { value: 'yes', title: t('missions.evaluation.yes') },
          { value: 'no', title: t('missions.evaluation.no') },
        ]}
        value={again}
        onChange={setAgain}
      />
      <p className="actions">
        <button type="submit" className="button" disabled={file.isPending}>
          {evaluation ? t('missions.evaluation.update') : t('missions.evaluation.submit')}
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
