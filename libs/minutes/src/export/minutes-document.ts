import { LOCALE_OF, NETWORK_TIME_ZONE, formatCalendarDate, formatDate, t, type Language, type MessageValues, type ServerMessageKey } from '@convene/i18n';
import { ActionItem, ActionStatus } from '../actions/action-item.entity';
import { MinutesContent } from '../minutes/minutes-content';

/** What every export shows: the content, its actions and the state of approval. */
export interface MinutesDocument {
  id: string;
  status: string;
  content: MinutesContent;
  /** As the routes show them (actionView): an owner typed with an address without whose it is. */
  actions: Array<Omit<ActionItem, 'ownerTyped'>>;
  approvedAt: Date | null;
  approvedByName: string | null;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** The address of the minutes' page. */
  url: string;
  /** The languages its headings are in, in order: the minutes' own, or Welsh then English for a bilingual event. */
  languages: Language[];
}

/** The languages of the exports: the minutes', or both (Welsh first) when the event is bilingual. */
export function minutesLanguages(language: Language, bilingual: boolean): Language[] {
  return bilingual ? ['cy', 'en'] : [language];
}

/** The exports' words in each of `languages`, joined ("Yn bresennol / Present"); `values` may differ by language (dates). */
export function inLanguages(languages: Language[], key: ServerMessageKey, values?: MessageValues | ((language: Language) => MessageValues)): string {
  return languages.map((language) => t(language, key, typeof values === 'function' ? values(language) : values)).join(' / ');
}

/** What a document's `lang` says: its first language (the PDF and the page each take one). */
export function documentLocale(languages: Language[]): string {
  return LOCALE_OF[languages[0] ?? 'en'];
}

/** The HTTP Content-Language of an export: every language it is in ("cy, en"). */
export function contentLanguage(languages: Language[]): string {
  return languages.join(', ');
}

/** Overdue: open with a due date before today (UTC). */
export function isOverdue(action: Pick<ActionItem, 'status' | 'dueDate'>, today = new Date().toISOString().slice(0, 10)): boolean {
  return action.status === ActionStatus.Open && action.dueDate !== null && action.dueDate < today;
}

/** Escapes text that must print as written inside Markdown (names, titles, decisions). */
export function markdownText(text: string): string {
  return text.replace(/([\\`*_[\]{}<>#|!~])/g, '\\$1').replace(/^(\s*)([-+]|\d+[.)])(\s)/gm, '$1\\$2$3');
}

/**
 * Item bodies are Markdown, partly written by people (key moments from the liveblog, questions,
 * the minute-taker's notes): their Markdown stays, but raw HTML (`<img onerror=...>`) is made
 * text for whatever renders the file next. `<` always, `>` but for quote markers, `&` where it
 * would start an entity.
 */
export function withoutRawHtml(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => {
      const quote = /^[ \t]*(?:>[ \t]?)*/.exec(line)?.[0] ?? '';
      const rest = line
        .slice(quote.length)
        .replace(/&(?=#\d+;|#x[0-9a-f]+;|[a-z][a-z0-9]*;)/gi, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
      return quote + rest;
    })
    .join('\n');
}

function person(name: string, affiliation: string | null): string {
  return markdownText(affiliation ? `${name} (${affiliation})` : name);
}

// A label and its value keep Markdown's "Label: value" in every language ("Perchennog / Owner: ...").
export function actionLine(action: Omit<ActionItem, 'ownerTyped'>, languages: Language[] = ['en']): string {
  const words = (key: ServerMessageKey) => inLanguages(languages, key);
  const parts = [markdownText(action.description)];
  if (action.ownerName) parts.push(`${words('minutesExport.owner')}: ${markdownText(action.ownerName)}`);
  if (action.dueDate) parts.push(`${words('minutesExport.due')}: ${formatCalendarDate(action.dueDate, languages[0])}${isOverdue(action) ? ` ${words('minutesExport.overdue')}` : ''}`);
  parts.push(action.status === ActionStatus.Done ? `${words('minutesExport.done')}${action.doneNote ? `: ${markdownText(action.doneNote)}` : ''}` : words('minutesExport.open'));
  return `- ${parts.join(' · ')}`;
}

/** The minutes as Markdown, in the network's format: header, Present, Apologies, numbered items; headed in `languages`. */
export function minutesMarkdown(document: Pick<MinutesDocument, 'content' | 'actions' | 'status' | 'approvedAt' | 'approvedByName' | 'languages'>): string {
  const { content, actions, languages } = document;
  const words = (key: ServerMessageKey, values?: MessageValues | ((language: Language) => MessageValues)) => inLanguages(languages, key, values);
  const out: string[] = [`# ${markdownText(content.title)}`, ''];
  out.push([content.place, content.time, content.date].filter(Boolean).map((line) => markdownText(line as string)).join('  \n'), '');
  out.push(`## ${words('minutesExport.minutes')}`, '');
  if (document.status !== 'draft' && document.approvedAt) {
    const approvedAt = document.approvedAt;
    const name = document.approvedByName ? markdownText(document.approvedByName) : 'none';
    out.push(words('minutesExport.approvedOn', (language) => ({ name, date: formatDate(approvedAt, NETWORK_TIME_ZONE, language) })), '');
  } else if (document.status === 'draft') {
    out.push(`*${words('minutesExport.draft')}*`, '');
  }
  out.push(`### ${words('minutesExport.present')}`, '');
  if (!content.present.length) out.push(words('minutesExport.noneRecorded'), '');
  for (const group of content.present) {
    const label = KNOWN_GROUPS.has(group.category) ? words('minutesExport.group', { category: group.category }) : markdownText(group.label);
    out.push(`**${label}:**`, '');
    out.push(...group.people.map((entry) => `- ${person(entry.name, entry.affiliation)}`), '');
  }
  out.push(`### ${words('minutesExport.apologies')}`, '');
  out.push(...(content.apologies.length ? content.apologies.map((entry) => `- ${person(entry.name, entry.affiliation)}`) : [words('minutesExport.none')]), '');
  if (content.mattersArising.length) {
    out.push(`### ${words('minutesExport.mattersArising')}`, '');
    for (const matter of content.mattersArising) {
      const current = actions.find((action) => action.id === matter.actionId);
      const details = [
        matter.owner ? `${words('minutesExport.owner')}: ${markdownText(matter.owner)}` : null,
        matter.dueDate ? `${words('minutesExport.due')}: ${formatCalendarDate(matter.dueDate, languages[0])}` : null,
        `${words('minutesExport.from')}: ${markdownText(matter.fromMeeting)}`,
      ];
      out.push(`- ${markdownText(matter.description)} · ${details.filter(Boolean).join(' · ')}${current?.status === ActionStatus.Done ? ` · ${words('minutesExport.done')}` : ''}`);
    }
    out.push('');
  }
  content.items.forEach((item, index) => {
    out.push(`## ${index + 1}. ${markdownText(item.title)}`, '');
    if (item.body.trim()) out.push(withoutRawHtml(item.body.trim()), '');
    if (item.decisions.length) out.push(`**${words('minutesExport.decisions')}:**`, '', ...item.decisions.map((decision) => `- ${markdownText(decision)}`), '');
    const itemActions = actions.filter((action) => action.itemKey === item.key);
    if (itemActions.length) out.push(`**${words('minutesExport.actions')}:**`, '', ...itemActions.map((action) => actionLine(action, languages)), '');
  });
  const loose = actions.filter((action) => !content.items.some((item) => item.key === action.itemKey) && !content.mattersArising.some((m) => m.actionId === action.id));
  if (loose.length) out.push(`## ${words('minutesExport.actions')}`, '', ...loose.map((action) => actionLine(action, languages)), '');
  return `${out.join('\n').trimEnd()}\n`;
}

/** The groups of Present the catalogue names in each language (others print as the minute-taker labelled them). */
const KNOWN_GROUPS = new Set(['commissioner', 'delegate', 'officer', 'speaker', 'observer', 'press']);
