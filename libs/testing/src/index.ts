export { freePort } from '@convene/core';
export * from './redis-server';
export * from './test-config';
export * from './smtp-sink';
export * from './invite-parser';
