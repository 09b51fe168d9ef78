export * from './constants/locales';
export * from './schemas/error';
export * from './schemas/health';
export * from './schemas/account';
export * from './schemas/organisation';
export * from './schemas/taxonomy';
export * from './text/fold';
