// Jest stays CommonJS: @swc/jest compiles our TypeScript and the ESM-only packages
// (Nest 12 and file-type's family) to CommonJS. Type-checking is `npm run typecheck`.
// Two projects: `unit` (specs beside the code: no build, no database, seconds) and `e2e` (test/:
// the built app on a real Postgres, started once by the global setup). `npm test` runs both;
// `npx jest --selectProjects unit` only the first.
const esmPackages = ['@nestjs', 'file-type', 'strtok3', 'token-types', '@tokenizer', 'uint8array-extras', '@borewit', 'intl-messageformat', '@formatjs'];

const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

const compiled = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest', swc] },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  // The light entry of core (see libs/core/src/process/index.ts) first, then each lib's index.
  moduleNameMapper: { '^@convene/core/process$': '<rootDir>/libs/core/src/process', '^@convene/(.*)$': '<rootDir>/libs/$1/src' },
};

/** @type {import('jest').Config} */
const unit = {
  ...compiled,
  displayName: 'unit',
  testMatch: ['<rootDir>/apps/**/*.spec.ts', '<rootDir>/libs/**/*.spec.ts', '<rootDir>/bench/**/*.spec.ts'],
};

/** @type {import('jest').Config} */
const e2e = {
  ...compiled,
  displayName: 'e2e',
  testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
  // test/redis and test/qa/redis need a redis-server: only `npm run test:redis` runs them.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/redis/', '<rootDir>/test/qa/redis/'],
  globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [unit, e2e],
  // Jest reads the timeout from here, not from a project.
  testTimeout: 60_000,
  maxWorkers: 2,
};
