import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { StepId } from './steps';

/** Asked when the talent leaves the editor with unsaved steps: stay (and save), or leave and lose them. */
export function LeaveNotice({ steps, onStay, onLeave }: { steps: readonly StepId[]; onStay(): void; onLeave(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="notice notice--warning profile-leave">
      <p className="profile-leave__title">{t('profile.editor.leaveTitle')}</p>
      <p>{t('profile.editor.leaveBody', { steps: format.list(steps.map((step) => t(`profile.steps.${step}`))) })}</p>
      <div className="actions">
        <button type="button" className="button" onClick={onStay}>
          {t('profile.editor.stay')}
        </button>
        <button type="button" className="button button--secondary" onClick={onLeave}>
          {t('profile.editor.leave')}
        </button>
      </div>
    </div>
  );
}
