// `@convene/core/process`: what a process needs to start, and to supervise others, without
// loading TypeORM, Nest or BullMQ: its validated config, its log destination, runProcess, and the
// children it forks and restarts. The worker's first process imports only this, so supervising
// costs little memory (an ESLint rule keeps it so). Keep every module here free of those imports.
export * from '../config/app-config';
export * from '../logging/log-destination';
export * from './child-process';
export * from './crash-budget';
export * from './crash-restarts';
export * from './run-process';
