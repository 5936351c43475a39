/**
 * Each row with the title of what `idKey` points at, as `titleKey` right after it (where a join
 * would have put it); rows whose id is not among `titles` are left out, as a join would.
 */
export function withTitles<K extends string, N extends string, T extends Record<K, string>>(
  rows: T[],
  titles: ReadonlyMap<string, string>,
  idKey: K,
  titleKey: N,
): Array<T & Record<N, string>> {
  return rows.flatMap((row) => {
    const title = titles.get(row[idKey]);
    if (title === undefined) return [];
    const entries = Object.entries(row).flatMap(([key, value]) => (key === idKey ? [[key, value], [titleKey, title]] : [[key, value]]));
    return [Object.fromEntries(entries) as T & Record<N, string>];
  });
}
