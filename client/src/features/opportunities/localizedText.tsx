/**
 * Text an organisation wrote in one or more of French, Arabic and English, shown in the reader's language when
 * it exists and otherwise in another one (French first, the programme's working language). The element carries
 * the language it is actually written in (lang and dir), so screen readers pronounce it right and Arabic text
 * runs right to left inside a French page and the other way round.
 */
import type { ElementType } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, directionOf, isLocale, type Locale } from '@kafaat/shared';
import { currentLocale } from '../../i18n';
import { LANGUAGE_NAMES } from '../../i18n/languages';

/** The text to show and the language it is in; null when nothing was written. */
export function pickText(text: Record<string, string>, reader: Locale): { text: string; lang: Locale } | null {
  const order = [reader, DEFAULT_LOCALE, ...LOCALES];
  const lang = order.find((candidate) => isLocale(candidate) && (text[candidate] ?? '').trim() !== '');
  return lang ? { text: text[lang]!, lang } : null;
}

type LocalizedTextProps = {
  text: Record<string, string>;
  as?: ElementType;
  className?: string;
  /** Under a longer text in another language than the reader's: says which language it is written in. */
  noteFallback?: boolean;
};

/** The text in the best available language, marked with that language; nothing when none was written. */
export function LocalizedText({ text, as: Tag = 'span', className, noteFallback = false }: LocalizedTextProps) {
  const { t, i18n } = useTranslation();
  const reader = currentLocale(i18n);
  const picked = pickText(text, reader);
  if (!picked) return null;
  const element = (
    <Tag lang={picked.lang} dir={directionOf(picked.lang)} className={className}>
      {picked.text}
    </Tag>
  );
  if (!noteFallback || picked.lang === reader) return element;
  return (
    <>
      <p className="opportunity-fallback">{t('opportunities.view.writtenIn', { language: LANGUAGE_NAMES[picked.lang] })}</p>
      {element}
    </>
  );
}

/** The title as plain text in the best language (for page titles and labels), or the untitled placeholder. */
export function useTitleText(): (text: Record<string, string>) => string {
  const { t, i18n } = useTranslation();
  const reader = currentLocale(i18n);
  return (text) => pickText(text, reader)?.text ?? t('opportunities.view.untitled');
}
