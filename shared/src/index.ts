export * from './constants/locales';
export * from './schemas/error';
export * from './schemas/health';
