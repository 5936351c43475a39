import { useEffect, useState } from 'react';
import type { Messages } from './i18n/i18n';

const READY_URL = '/api/v1/ready';
const TIMEOUT_MS = 5_000;

export type ServiceStatus =
  | { kind: 'checking' }
  | { kind: 'ready'; queueBackend: string }
  | { kind: 'degraded'; down: string[] }
  | { kind: 'unreachable' };

/** The body of GET /api/v1/ready (200 when ready, 503 when something is down). */
interface ReadyBody {
  status?: unknown;
  down?: unknown;
  checks?: unknown;
  queueBackend?: unknown;
}

function interpret(body: ReadyBody): ServiceStatus {
  if (body.status === 'ready') {
    return { kind: 'ready', queueBackend: typeof body.queueBackend === 'string' ? body.queueBackend : 'unknown' };
  }
  if (body.status === 'unavailable') {
    const fromChecks =
      body.checks && typeof body.checks === 'object'
        ? Object.entries(body.checks).filter(([, state]) => state === 'down').map(([name]) => name)
        : [];
    const fromList = Array.isArray(body.down) ? body.down.filter((name): name is string => typeof name === 'string') : [];
    return { kind: 'degraded', down: fromChecks.length ? fromChecks : fromList };
  }
  return { kind: 'unreachable' };
}

export function describeStatus(status: ServiceStatus, t: Messages['t']): string {
  switch (status.kind) {
    case 'checking':
      return t('shell.status.checking');
    case 'ready':
      return t('shell.status.ready', { backend: status.queueBackend });
    case 'degraded':
      return t('shell.status.degraded', { services: status.down.length ? status.down.join(', ') : t('shell.status.unknown') });
    case 'unreachable':
      return t('shell.status.unreachable');
  }
}

export function useServiceStatus(): ServiceStatus {
  const [status, setStatus] = useState<ServiceStatus>({ kind: 'checking' });

  useEffect(() => {
    const controller = new AbortController();
    const timer = window.setTimeout(() => controller.abort(), TIMEOUT_MS);
    let cancelled = false;

    void fetch(READY_URL, { headers: { Accept: 'application/json' }, signal: controller.signal })
      .then((response) => response.json() as Promise<ReadyBody>)
      .then((body) => interpret(body))
      .catch((): ServiceStatus => ({ kind: 'unreachable' }))
      .then((next) => {
        if (!cancelled) setStatus(next);
      })
      .finally(() => window.clearTimeout(timer));

    return () => {
      cancelled = true;
      window.clearTimeout(timer);
      controller.abort();
    };
  }, []);

  return status;
}
