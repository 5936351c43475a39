export { freePort } from '@convene/core';
export * from './redis-server';
export * from './test-config';
export * from './smtp-sink';
export * from './pdf-text';
export * from './well-formed';
export * from './invite-parser';
