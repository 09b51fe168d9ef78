export * from './constants/locales';
