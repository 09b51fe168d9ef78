import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Sets the browser tab's title for the current page, in the current language ("Page introuvable · Kafaat");
 * without a page title, the home title. Re-runs when the language changes because the title text does.
 */
export function usePageTitle(pageTitle?: string): void {
  const { t } = useTranslation();
  const title = pageTitle ? `${pageTitle} · Kafaat` : `Kafaat · ${t('app.tagline')}`;
  useEffect(() => {
    document.title = title;
  }, [title]);
}
