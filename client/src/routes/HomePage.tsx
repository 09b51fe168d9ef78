import { useTranslation } from 'react-i18next';
import { AudienceCards } from '../features/home/AudienceCards';
import { HowItWorks } from '../features/home/HowItWorks';
import { PrivacyNote } from '../features/home/PrivacyNote';
import { usePageTitle } from './usePageTitle';

/** What Kafaat is and what each kind of user can do with it; the only h1 is the hero's. */
export function HomePage() {
  const { t } = useTranslation();
  usePageTitle();
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <div className="container">
          <p className="hero__eyebrow">{t('home.hero.eyebrow')}</p>
          <h1 id="hero-title">{t('home.hero.title')}</h1>
          <p className="hero__lead">{t('home.hero.lead')}</p>
          <p className="hero__actions">
            <a className="button" href="#audiences">
              {t('home.hero.ctaAudiences')}
            </a>
            <a className="button button--secondary" href="#how">
              {t('home.hero.ctaHow')}
            </a>
          </p>
        </div>
      </section>
      <AudienceCards />
      <HowItWorks />
      <PrivacyNote />
    </>
  );
}
