import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';

const FLOWS = ['missions', 'validation'] as const;
const STEPS = [1, 2, 3, 4, 5] as const;

/**
 * The two journeys step by step: a knowledge-transfer mission and a skills validation. Step numbers are drawn by
 * us (formatted with Intl for the active language) rather than by list-style, so they sit on the correct side in
 * Arabic and use the digits Moroccan readers expect.
 */
export function HowItWorks() {
  const { t } = useTranslation();
  const { intlLocale } = useLocale();
  const number = new Intl.NumberFormat(intlLocale);
  return (
    <section id="how" className="section section--alt" aria-labelledby="how-title">
      <div className="container">
        <h2 id="how-title">{t('home.how.title')}</h2>
        <div className="flows">
          {FLOWS.map((flow) => (
            <div key={flow} className="flow">
              <h3 id={`flow-${flow}`}>{t(`home.how.${flow}.title`)}</h3>
              <ol className="steps" role="list" aria-labelledby={`flow-${flow}`}>
                {STEPS.map((step) => (
                  <li key={step} className="steps__item">
                    <span className="steps__number" aria-hidden="true">
                      {number.format(step)}
                    </span>
                    <span>{t(`home.how.${flow}.step${step}`)}</span>
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </div>
      </div>
    </section>
  );
}
