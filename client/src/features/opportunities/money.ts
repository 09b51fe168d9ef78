import { useMemo } from 'react';
import { useLocale } from '../../i18n';

/**
 * Amounts in Moroccan dirhams written the reader's way ("6 000 MAD", "6,000 MAD", "٦٬٠٠٠ د.م.‏" depending on
 * the language's Intl data): budgets are whole dirhams, so no cents.
 */
export function useMad(): (amount: number) => string {
  const { intlLocale } = useLocale();
  return useMemo(() => {
    const format = new Intl.NumberFormat(intlLocale, { style: 'currency', currency: 'MAD', maximumFractionDigits: 0 });
    return (amount: number) => format.format(amount);
  }, [intlLocale]);
}
