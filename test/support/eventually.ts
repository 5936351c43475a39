/**
 * Waits until `check` holds (it may be async), polling every `everyMs`; fails naming `what`
 * after the timeout. The one wait of the suite: tests wait for a state, never for a time.
 */
export async function eventually(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000, everyMs = 20): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
