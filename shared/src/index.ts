export * from './constants/locales';
export * from './schemas/error';
export * from './schemas/health';
export * from './schemas/account';
export * from './schemas/organisation';
