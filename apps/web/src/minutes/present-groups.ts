// The groups in the network's order, with the label the content keeps (the exports print each
// group in the minutes' language from its category; the page shows it in the reader's).
export const GROUPS: Array<[string, string]> = [
  ['commissioner', 'Commissioners'],
  ['delegate', 'Delegates'],
  ['officer', 'Officers'],
  ['speaker', 'Speakers'],
  ['observer', 'Observers'],
  ['press', 'Press'],
];

/** A group's heading in the reader's language: the network's groups by category, any other as the content names it. */
export function presentGroupLabel(t: (key: 'minutes.presentGroup', values: { category: string }) => string, category: string, label: string): string {
  return GROUPS.some(([known]) => known === category) ? t('minutes.presentGroup', { category }) : label;
}

