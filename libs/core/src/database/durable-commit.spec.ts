import { DataSource } from 'typeorm';
import { waitUntilDurable } from './durable-commit';

/** A data source whose flushes finish when the test says. */
function fakeDataSource() {
  const flushes: Array<() => void> = [];
  const dataSource = { query: jest.fn(() => new Promise<void>((resolve) => flushes.push(resolve))) } as unknown as DataSource;
  return { dataSource, flushes, query: dataSource.query as jest.Mock };
}

const settledNow = async (promise: Promise<void>) => {
  let settled = false;
  void promise.then(() => (settled = true));
  await new Promise((resolve) => setImmediate(resolve));
  return settled;
};

describe('waitUntilDurable', () => {
  it('lets callers who ask while a flush is running share the next one, never the running one', async () => {
    const { dataSource, flushes, query } = fakeDataSource();
    const first = waitUntilDurable(dataSource);
    const second = waitUntilDurable(dataSource);
    const third = waitUntilDurable(dataSource);
    expect(query).toHaveBeenCalledTimes(1);

    flushes[0]();
    expect(await settledNow(first)).toBe(true);
    // The running flush may have been sent before their commits: they wait for one sent after.
    expect(await settledNow(second)).toBe(false);
    expect(query).toHaveBeenCalledTimes(2);

    flushes[1]();
    expect(await settledNow(second)).toBe(true);
    expect(await settledNow(third)).toBe(true);
    expect(query).toHaveBeenCalledTimes(2);
  });

  it('starts a flush of its own once none is running, and passes a failed flush on to its callers', async () => {
    const { dataSource, flushes, query } = fakeDataSource();
    query.mockImplementationOnce(() => Promise.reject(new Error('connection lost')));
    await expect(waitUntilDurable(dataSource)).rejects.toThrow('connection lost');
    const later = waitUntilDurable(dataSource);
    expect(query).toHaveBeenCalledTimes(2);
    flushes[0]();
    await expect(later).resolves.toBeUndefined();
  });
});
