export * from './redis-server';
export * from './test-config';
