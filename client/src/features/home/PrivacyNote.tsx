import { useTranslation } from 'react-i18next';

const POINTS = [1, 2, 3] as const;

/** The promise about sensitive data, stated up front: employers never see residence status and the like. */
export function PrivacyNote() {
  const { t } = useTranslation();
  return (
    <section id="privacy" className="section" aria-labelledby="privacy-title">
      <div className="container">
        <div className="privacy">
          <h2 id="privacy-title">{t('home.privacy.title')}</h2>
          <p>{t('home.privacy.body')}</p>
          <ul>
            {POINTS.map((point) => (
              <li key={point}>{t(`home.privacy.point${point}`)}</li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
