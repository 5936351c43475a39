/**
 * The fields that were actually sent. A validated DTO instance declares every optional field
 * (as undefined), and spreading it over a row would blank what the caller left out.
 */
export function definedOnly<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
}
