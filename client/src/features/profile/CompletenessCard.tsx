import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Completeness } from '@kafaat/shared';
import { useFormat } from '../../i18n/format';
import { profileEditPath } from '../../routes/paths';
import { COMPLETENESS_STEP_TARGETS } from './steps';

/** How complete the profile is, and the (at most three) most useful things to add next, each a link to its step. */
export function CompletenessCard({ completeness }: { completeness: Completeness }) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const { score, next } = completeness;
  return (
    <section className="panel completeness" aria-labelledby={titleId}>
      <h2 id={titleId} className="completeness__title">
        {t('profile.completeness.title', { percent: format.percent(score / 100) })}
      </h2>
      <div className="completeness__bar" aria-hidden="true">
        <span style={{ inlineSize: `${score}%` }} />
      </div>
      {next.length === 0 ? (
        <p>{t('profile.completeness.complete')}</p>
      ) : (
        <>
          <p>{t('profile.completeness.next')}</p>
          <ol className="completeness__next">
            {next.map((item) => (
              <li key={item}>
                <Link to={profileEditPath(COMPLETENESS_STEP_TARGETS[item])}>{t(`profile.completeness.steps.${item}`)}</Link>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
