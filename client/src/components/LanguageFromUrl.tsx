import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isLocale } from '@kafaat/shared';
import { changeLocale, currentLocale } from '../i18n';

/**
 * Follows `?lang=` when it changes during a visit (a link inside the app, back/forward). The first page load is
 * handled before rendering, by `startupLocale`, so there is no flash of the wrong language.
 */
export function LanguageFromUrl() {
  const { i18n } = useTranslation();
  const [searchParams] = useSearchParams();
  const requested = searchParams.get('lang');

  useEffect(() => {
    if (isLocale(requested) && requested !== currentLocale(i18n)) void changeLocale(i18n, requested);
  }, [requested, i18n]);

  return null;
}
