import type { AppConfig } from '@convene/core/process';

/**
 * What one process of the worker runs. The first (or only) runs the whole worker: mail, the
 * calendar jobs, the sweeps and their schedules, the outbox relay. The others send mail only,
 * so what must happen once (the relay's timer, the sweeps one at a time) stays in one process.
 */
export interface WorkerPart {
  kind: 'whole' | 'mail';
  /** "2/3" when the worker runs as several processes: shown in each log line. */
  label?: string;
}

/** How many processes send mail: as configured, but never more than mails a minute (each needs a share). */
export function mailProcessCount(config: AppConfig): number {
  return Math.max(1, Math.min(config.mailWorkerProcesses, config.mailRatePerMinute));
}

export function partOf(slot: number, count: number): WorkerPart {
  return { kind: slot === 1 ? 'whole' : 'mail', label: count > 1 ? `${slot}/${count}` : undefined };
}

/**
 * This process's part of the provider's limit: the shares add up to `perMinute` exactly, so the
 * worker as a whole never sends faster however the mail falls between its processes.
 */
export function mailRateShare(perMinute: number, slot: number, count: number): number {
  return Math.floor(perMinute / count) + (slot <= perMinute % count ? 1 : 0);
}
