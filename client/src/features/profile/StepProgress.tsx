import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { profileEditPath } from '../../routes/paths';
import { STEPS, type StepId } from './steps';

/**
 * "Step 2 of 7" with a bar and a link to every step (names shown from tablet width; on phones the numbers, with
 * the names kept for screen readers). Logical CSS: the bar fills from the start side, so it mirrors in Arabic.
 */
export function StepProgress({ current, unsaved }: { current: StepId; unsaved: readonly StepId[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const index = STEPS.indexOf(current);
  return (
    <nav className="step-progress" aria-label={t('profile.progress.label')}>
      <p className="step-progress__count">
        {t('profile.progress.count', { current: format.number(index + 1), total: format.number(STEPS.length) })}
      </p>
      <div className="step-progress__bar" aria-hidden="true">
        <span style={{ inlineSize: `${((index + 1) / STEPS.length) * 100}%` }} />
      </div>
      <ol className="step-progress__list">
        {STEPS.map((step, i) => (
          <li key={step}>
            <Link
              to={profileEditPath(step)}
              className="step-progress__link"
              aria-current={step === current ? 'step' : undefined}
              data-done={i < index ? true : undefined}
            >
              <span className="step-progress__number" aria-hidden="true">
                {format.number(i + 1)}
              </span>
              <span className="step-progress__label">{t(`profile.steps.${step}`)}</span>
              {unsaved.includes(step) ? (
                <span className="step-progress__unsaved">
                  <span className="visually-hidden">{t('profile.progress.unsaved')}</span>
                </span>
              ) : null}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
