import { NETWORK_TIME_ZONE, formatCalendarDate, formatDate } from '@convene/i18n';
import { ActionItem, ActionStatus } from '../actions/action-item.entity';
import { MinutesContent } from '../minutes/minutes-content';

/** What every export shows: the content, its actions and the state of approval. */
export interface MinutesDocument {
  id: string;
  status: string;
  content: MinutesContent;
  actions: ActionItem[];
  approvedAt: Date | null;
  approvedByName: string | null;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** The address of the minutes' page. */
  url: string;
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

export function actionLine(action: ActionItem): string {
  const parts = [markdownText(action.description)];
  if (action.ownerName) parts.push(`Owner: ${markdownText(action.ownerName)}`);
  if (action.dueDate) parts.push(`Due: ${formatCalendarDate(action.dueDate, 'en')}${isOverdue(action) ? ' (overdue)' : ''}`);
  parts.push(action.status === ActionStatus.Done ? `Done${action.doneNote ? `: ${markdownText(action.doneNote)}` : ''}` : 'Open');
  return `- ${parts.join(' · ')}`;
}

/** The minutes as Markdown, in the network's format: header, Present, Apologies, numbered items. */
export function minutesMarkdown(document: Pick<MinutesDocument, 'content' | 'actions' | 'status' | 'approvedAt' | 'approvedByName'>): string {
  const { content, actions } = document;
  const out: string[] = [`# ${markdownText(content.title)}`, ''];
  out.push([content.place, content.time, content.date].filter(Boolean).map((line) => markdownText(line as string)).join('  \n'), '');
  out.push('## Minutes', '');
  if (document.status !== 'draft' && document.approvedAt) {
    out.push(`Approved${document.approvedByName ? ` by ${markdownText(document.approvedByName)}` : ''} on ${formatDate(document.approvedAt, NETWORK_TIME_ZONE, 'en')}.`, '');
  } else if (document.status === 'draft') {
    out.push('*Draft: not yet approved.*', '');
  }
  out.push('### Present', '');
  if (!content.present.length) out.push('None recorded.', '');
  for (const group of content.present) {
    out.push(`**${markdownText(group.label)}:**`, '');
    out.push(...group.people.map((entry) => `- ${person(entry.name, entry.affiliation)}`), '');
  }
  out.push('### Apologies', '');
  out.push(...(content.apologies.length ? content.apologies.map((entry) => `- ${person(entry.name, entry.affiliation)}`) : ['None.']), '');
  if (content.mattersArising.length) {
    out.push('### Matters arising', '');
    for (const matter of content.mattersArising) {
      const current = actions.find((action) => action.id === matter.actionId);
      const details = [matter.owner ? `Owner: ${markdownText(matter.owner)}` : null, matter.dueDate ? `Due: ${formatCalendarDate(matter.dueDate, 'en')}` : null, `From: ${markdownText(matter.fromMeeting)}`];
      out.push(`- ${markdownText(matter.description)} · ${details.filter(Boolean).join(' · ')}${current?.status === ActionStatus.Done ? ' · Done' : ''}`);
    }
    out.push('');
  }
  content.items.forEach((item, index) => {
    out.push(`## ${index + 1}. ${markdownText(item.title)}`, '');
    if (item.body.trim()) out.push(withoutRawHtml(item.body.trim()), '');
    if (item.decisions.length) out.push('**Decisions:**', '', ...item.decisions.map((decision) => `- ${markdownText(decision)}`), '');
    const itemActions = actions.filter((action) => action.itemKey === item.key);
    if (itemActions.length) out.push('**Actions:**', '', ...itemActions.map(actionLine), '');
  });
  const loose = actions.filter((action) => !content.items.some((item) => item.key === action.itemKey) && !content.mattersArising.some((m) => m.actionId === action.id));
  if (loose.length) out.push('## Actions', '', ...loose.map(actionLine), '');
  return `${out.join('\n').trimEnd()}\n`;
}
