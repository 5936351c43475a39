import { t, writtenIn, type Language } from '@convene/i18n';

/** One of a registration's workshops as its mails list it: facts, worded in the recipient's language. */
export interface WorkshopLine {
  title: string;
  titleCy?: string | null;
  status: 'confirmed' | 'waitlisted' | 'requested' | string;
  position: number | null;
}

/** "Co-design lab: place confirmed". (Mails recorded before lines were kept as facts hold the English line.) */
export function workshopLineText(line: WorkshopLine | string, language: Language): string {
  if (typeof line === 'string') return line;
  const title = writtenIn(language, line.title, line.titleCy);
  if (line.status === 'confirmed') return t(language, 'mail.workshop.confirmed', { title });
  if (line.status === 'waitlisted') return t(language, 'mail.workshop.waitlisted', { title, position: line.position ?? 0 });
  return t(language, 'mail.workshop.chosen', { title });
}
