import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';

/** The score as a percentage, with a bar that fills from the start side (right to left in Arabic). */
export function MatchScore({ score }: { score: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const percent = format.percent(score);
  return (
    <p className="match-score">
      <span className="match-score__value">{t('matches.score', { percent })}</span>
      <span className="match-score__bar" aria-hidden="true">
        <span className="match-score__fill" style={{ inlineSize: `${Math.round(Math.min(1, Math.max(0, score)) * 100)}%` }} />
      </span>
    </p>
  );
}
