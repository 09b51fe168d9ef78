import { useTranslation } from 'react-i18next';
import { PRIVACY_NOTICE_VERSION } from '@kafaat/shared';
import { Page } from '../components/Page';
import { ConsentPanel } from '../features/auth/ConsentDialog';
import { useSession } from '../features/auth/useSession';
import { useFormat } from '../i18n/format';

/** The sections of the notice, in reading order; each has a title and a body in every language. */
const SECTIONS = ['controller', 'collected', 'sensitive', 'employers', 'purposes', 'retention', 'rights', 'contact'] as const;

/**
 * /privacy: the privacy notice people accept at sign-up, with its version (the server's current one, so the
 * page and the consent request always agree).
 */
export function PrivacyPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const version = session.data?.privacyNoticeVersion ?? PRIVACY_NOTICE_VERSION;
  return (
    <Page title={t('privacy.title')} lead={t('privacy.lead')}>
      <p className="page__meta">{t('privacy.version', { version, date: format.date(version) })}</p>
      <ConsentPanel />
      {SECTIONS.map((section) => (
        <section key={section} aria-labelledby={`privacy-${section}`} className="prose">
          <h2 id={`privacy-${section}`}>{t(`privacy.sections.${section}.title`)}</h2>
          <p>{t(`privacy.sections.${section}.body`)}</p>
        </section>
      ))}
    </Page>
  );
}
