// `npm run test:redis`: the platform, queue, realtime and calendar suites again, with a real redis-server.
const base = require('./jest.config');

process.env.CONVENE_TEST_WITH_REDIS = '1';

const e2e = base.projects.find((project) => project.displayName === 'e2e');

/** @type {import('jest').Config} */
module.exports = {
  ...e2e,
  maxWorkers: base.maxWorkers,
  testTimeout: base.testTimeout,
  testPathIgnorePatterns: ['/node_modules/'],
  testMatch: ['<rootDir>/test/platform/api.e2e-spec.ts', '<rootDir>/test/queues/**/*.e2e-spec.ts', '<rootDir>/test/realtime/**/*.e2e-spec.ts', '<rootDir>/test/redis/**/*.e2e-spec.ts', '<rootDir>/test/calendar/**/*.e2e-spec.ts', '<rootDir>/test/liveblog/liveblog-live.e2e-spec.ts', '<rootDir>/test/qa/redis/**/*.e2e-spec.ts'],
};
