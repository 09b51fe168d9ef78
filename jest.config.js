/**
 * Jest runs the shared and server tests beside their code and the end-to-end tests in test/, all against
 * the real MongoDB-compatible server and Elasticsearch that test/support/globalSetup.ts brings up.
 */
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' }, module: { type: 'commonjs' } },
  ],
};
const common = { transform, testEnvironment: 'node', moduleFileExtensions: ['ts', 'tsx', 'js', 'json'] };

module.exports = {
  globalSetup: '<rootDir>/test/support/globalSetup.ts',
  globalTeardown: '<rootDir>/test/support/globalTeardown.ts',
  testTimeout: 30000,
  projects: [
    { ...common, displayName: 'shared', roots: ['<rootDir>/shared/src'] },
    { ...common, displayName: 'server', roots: ['<rootDir>/server/src'] },
    { ...common, displayName: 'e2e', roots: ['<rootDir>/test'], testTimeout: 120000 },
  ],
};
