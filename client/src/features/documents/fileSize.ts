/**
 * File sizes written the reader's way ("2,4 Mo", "2.4 MB", "2,4 ميغابايت"), in binary units as phones and the
 * server's limits count them (10 MB = 10 × 1024 × 1024 bytes), so "the limit is 10 MB" matches what the phone shows.
 */
import { useMemo } from 'react';
import { useLocale } from '../../i18n';

const KB = 1024;
const MB = 1024 * 1024;

/** Bytes → text for an Intl locale ("fr-MA"). */
export function createFileSizeFormatter(intlLocale: string): (bytes: number) => string {
  // CLDR's short Arabic units (م.ب) are little known; the long form reads naturally. Other languages use the short
  // forms their readers see on their phones (Mo, MB).
  const unitDisplay = intlLocale.startsWith('ar') ? 'long' : 'short';
  const unit = (name: string, digits: number) =>
    new Intl.NumberFormat(intlLocale, { style: 'unit', unit: name, unitDisplay, maximumFractionDigits: digits });
  const bytes = new Intl.NumberFormat(intlLocale, { style: 'unit', unit: 'byte', unitDisplay: 'long' });
  const kilobytes = unit('kilobyte', 0);
  const megabytes = unit('megabyte', 1);
  return (size) => {
    if (size < KB) return bytes.format(size);
    if (size < MB) return kilobytes.format(size / KB);
    return megabytes.format(size / MB);
  };
}

/** The formatter for the active language. */
export function useFileSize(): (bytes: number) => string {
  const { intlLocale } = useLocale();
  return useMemo(() => createFileSizeFormatter(intlLocale), [intlLocale]);
}
