import { CrashBudget } from './crash-budget';

describe('CrashBudget', () => {
  it('doubles the pause on each crash within the window, up to the cap', () => {
    const budget = new CrashBudget(6, 60_000, 1_000, 8_000);
    const delays = [0, 1, 2, 3, 4].map((second) => budget.recordCrash(second * 1_000)?.delayMs);
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 8_000]);
  });

  it('gives up after the limit of crashes within the window', () => {
    const budget = new CrashBudget(5, 60_000);
    for (let crash = 1; crash <= 5; crash++) expect(budget.recordCrash(crash * 1_000)?.attempt).toBe(crash);
    expect(budget.recordCrash(6_000)).toBeUndefined();
  });

  it('forgets crashes older than the window', () => {
    const budget = new CrashBudget(5, 60_000);
    for (let crash = 1; crash <= 5; crash++) budget.recordCrash(crash * 1_000);
    expect(budget.recordCrash(70_000)).toEqual({ attempt: 1, delayMs: 1_000 });
  });
});
