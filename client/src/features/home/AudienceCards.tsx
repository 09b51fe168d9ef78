import { useTranslation } from 'react-i18next';

/** The five kinds of people Kafaat serves, in the order the home page presents them. */
const AUDIENCES = ['diaspora', 'migrant', 'employer', 'officer', 'assessor'] as const;
const POINTS = [1, 2, 3] as const;

/** One card per audience: who it is for, then what they can do here, in plain words. */
export function AudienceCards() {
  const { t } = useTranslation();
  return (
    <section id="audiences" className="section" aria-labelledby="audiences-title">
      <div className="container">
        <h2 id="audiences-title">{t('home.audiences.title')}</h2>
        <p className="section__intro">{t('home.audiences.intro')}</p>
        <ul className="card-grid" role="list">
          {AUDIENCES.map((audience) => (
            <li key={audience} className="card">
              <h3 id={`audience-${audience}`}>{t(`home.audiences.${audience}.title`)}</h3>
              <p className="card__summary">{t(`home.audiences.${audience}.summary`)}</p>
              <ul className="card__points" aria-labelledby={`audience-${audience}`}>
                {POINTS.map((point) => (
                  <li key={point}>{t(`home.audiences.${audience}.point${point}`)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
