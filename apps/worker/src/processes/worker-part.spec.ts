import { loadConfig } from '@convene/core';
import { mailProcessCount, mailRateShare, partOf } from './worker-part';

describe('the worker processes', () => {
  it('gives the first process the whole worker and the others mail only', () => {
    expect(partOf(1, 1)).toEqual({ kind: 'whole', label: undefined });
    expect([1, 2, 3].map((slot) => partOf(slot, 3))).toEqual([
      { kind: 'whole', label: '1/3' },
      { kind: 'mail', label: '2/3' },
      { kind: 'mail', label: '3/3' },
    ]);
  });

  it('splits the mail rate so the shares add up to the limit exactly', () => {
    for (const [perMinute, count] of [[600, 2], [600, 4], [7, 3], [100, 7]]) {
      const shares = Array.from({ length: count }, (_, index) => mailRateShare(perMinute, index + 1, count));
      expect(shares.reduce((sum, share) => sum + share, 0)).toBe(perMinute);
      expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
    }
    expect([1, 2, 3].map((slot) => mailRateShare(7, slot, 3))).toEqual([3, 2, 2]);
  });

  it('never runs more mail processes than mails a minute, so every process has a share', () => {
    expect(mailProcessCount(loadConfig({ MAIL_WORKER_PROCESSES: '4', MAIL_RATE_PER_MINUTE: '2' }))).toBe(2);
    expect(mailProcessCount(loadConfig({ MAIL_WORKER_PROCESSES: '3', MAIL_RATE_PER_MINUTE: '600' }))).toBe(3);
  });
});
