import { qaMessages } from '@convene/i18n/web/qa.messages';
import { useEffect, useState } from 'react';
import { useMessages } from '../i18n/i18n';
import type { FloorEntry } from './qa-api';

/** How far the server's clock is ahead of this one, from an answer's serverNow. */
export function clockOffset(serverNow: string, receivedAt: number): number {
  return new Date(serverNow).getTime() - receivedAt;
}

/** The speaker's time left, from the server's spokeAt + durationSeconds: every screen counts down to the same instant. */
export function Countdown({ speaker, offsetMs, className }: { speaker: FloorEntry; offsetMs: number; className?: string }) {
  const { t } = useMessages(qaMessages);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, []);
  if (!speaker.spokeAt || !speaker.durationSeconds) return null;
  const endsAt = new Date(speaker.spokeAt).getTime() + speaker.durationSeconds * 1000;
  const left = Math.round((endsAt - (now + offsetMs)) / 1000);
  const over = left < 0;
  const seconds = Math.abs(left);
  const text = `${over ? '−' : ''}${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return (
    <span className={`countdown${over ? ' countdown-over' : ''}${className ? ` ${className}` : ''}`} role="timer" aria-label={t('qa.countdown', { over: over ? 'yes' : 'no', seconds })}>
      {text}
    </span>
  );
}
