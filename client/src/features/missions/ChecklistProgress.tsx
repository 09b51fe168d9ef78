/**
 * The logistics checklist (travel, visa letter, accommodation, allowance) with its progress, for both sides. The
 * host side ticks items as they get done, each saved at once; the expert sees the same list read-only.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CHECKLIST_ITEMS, type Application } from '@kafaat/shared';
import { useFormat } from '../../i18n/format';
import { usePipelineError } from '../applications/pipelineErrors';
import { useUpdateChecklist } from './missionsApi';

export function ChecklistProgress({ application, editable }: { application: Application; editable: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const update = useUpdateChecklist();
  const describe = usePipelineError();
  const checklist = application.mission?.confirmation?.checklist;
  if (!checklist) return null;
  const done = CHECKLIST_ITEMS.filter((item) => checklist[item]).length;
  const progress = t('missions.checklist.progress', { done: format.number(done), total: format.number(CHECKLIST_ITEMS.length) });

  return (
    <div className="mission-checklist">
      <h3 id={`${id}-title`}>{t('missions.checklist.title')}</h3>
      <p id={`${id}-progress`} className="mission-checklist__count">
        {progress}
      </p>
      <progress className="mission-checklist__bar" max={CHECKLIST_ITEMS.length} value={done} aria-labelledby={`${id}-title`} aria-describedby={`${id}-progress`} />
      {update.isError ? (
        <p className="notice notice--error" role="alert">
          {describe(update.error, 'mission')}
        </p>
      ) : null}
      <ul className="mission-checklist__items" aria-labelledby={`${id}-title`}>
        {CHECKLIST_ITEMS.map((item) =>
          editable ? (
            <li key={item} className="checkbox">
              <input
                id={`${id}-${item}`}
                type="checkbox"
                checked={checklist[item]}
                disabled={update.isPending}
                onChange={(event) => update.mutate({ id: application.id, input: { [item]: event.target.checked } })}
              />
              <label htmlFor={`${id}-${item}`}>{t(`missions.checklist.items.${item}`)}</label>
            </li>
          ) : (
            <li key={item} className="mission-checklist__item" data-done={checklist[item] || undefined}>
              <span aria-hidden="true" className="mission-checklist__mark">
                {checklist[item] ? '✓' : '○'}
              </span>{' '}
              {t(`missions.checklist.items.${item}`)} · {checklist[item] ? t('missions.checklist.done') : t('missions.checklist.todo')}
            </li>
          ),
        )}
      </ul>
    </div>
  );
}
