import { t, type Language, type ServerMessageKey } from '@convene/i18n';
import { DelegateCategory } from './registration.entity';

const CATEGORY: Record<DelegateCategory, ServerMessageKey> = {
  [DelegateCategory.Delegate]: 'category.delegate',
  [DelegateCategory.Speaker]: 'category.speaker',
  [DelegateCategory.Officer]: 'category.officer',
  [DelegateCategory.Commissioner]: 'category.commissioner',
  [DelegateCategory.Press]: 'category.press',
  [DelegateCategory.Observer]: 'category.observer',
};

/** How people read a registration's category ("Council officer"): on badges and in the spreadsheet. */
export function categoryLabel(category: DelegateCategory, language: Language): string {
  return t(language, CATEGORY[category]);
}
