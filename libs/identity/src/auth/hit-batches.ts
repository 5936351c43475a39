/** One attempt to count: a bucket (a limit's name and whose) in its window. */
export interface Hit {
  bucket: string;
  windowStart: Date;
}

/** How many hits a batch adds to one bucket's window. */
export interface HitTotal extends Hit {
  added: number;
}

/** Adds each total in one statement; returns each window's count after it (keyed by hitKey). */
export type AddHits = (totals: HitTotal[]) => Promise<Map<string, number>>;

export const hitKey = (hit: Hit): string => `${hit.bucket}\u0000${hit.windowStart.getTime()}`;

interface Waiting {
  hits: Hit[];
  resolve: (counts: number[]) => void;
  reject: (error: unknown) => void;
}

/**
 * Hits counted together: while one statement is out, later hits wait and go in the next, one
 * statement for all of them (a burst of registrations spent a pooled round trip each on its
 * client's counter, nine in ten of the registration path's statements). Each caller gets the
 * counts it would have got alone, in the order of the calls.
 */
export class HitBatches {
  private readonly waiting: Waiting[] = [];
  private sending = false;

  constructor(
    private readonly add: AddHits,
    private readonly largest = 500,
  ) {}

  /** The count of each hit's window once it is counted, in the order given. */
  count(hits: Hit[]): Promise<number[]> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ hits, resolve, reject });
      if (!this.sending) void this.send();
    });
  }

  private async send(): Promise<void> {
    this.sending = true;
    while (this.waiting.length) {
      const batch = this.waiting.splice(0, this.largest);
      const { totals, countsOf } = tally(batch.map((waiting) => waiting.hits));
      try {
        const after = await this.add(totals);
        countsOf(after).forEach((counts, index) => batch[index].resolve(counts));
      } catch (error) {
        for (const waiting of batch) waiting.reject(error);
      }
    }
    this.sending = false;
  }
}

/**
 * What a batch adds to each window (in one order, so two instances' statements lock the rows in
 * the same order and cannot deadlock), and, from each window's count after it, the count each
 * call would have seen alone: the k-th of n hits in a window that ended at `total` saw total - n + k.
 */
export function tally(calls: Hit[][]): { totals: HitTotal[]; countsOf: (after: Map<string, number>) => number[][] } {
  const totals = new Map<string, HitTotal>();
  const seen = calls.map((hits) =>
    hits.map((hit) => {
      const key = hitKey(hit);
      const total = totals.get(key) ?? { bucket: hit.bucket, windowStart: hit.windowStart, added: 0 };
      total.added += 1;
      totals.set(key, total);
      return { key, nth: total.added };
    }),
  );
  return {
    totals: [...totals.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, total]) => total),
    countsOf: (after) =>
      seen.map((hits) =>
        hits.map(({ key, nth }) => {
          const total = totals.get(key) as HitTotal;
          return (after.get(key) ?? total.added) - total.added + nth;
        }),
      ),
  };
}
