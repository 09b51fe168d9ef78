/** Types every `t()` key against the French resources, so a misspelled or missing key fails `tsc`. */
import 'i18next';
import type fr from './locales/fr.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr };
  }
}
