import type { Language } from '@convene/i18n';
import type { DecisionRecord } from '@convene/votes';
import type { PollRecord } from '@convene/polls';
import { inLanguages } from '../export/minutes-document';
import type { MinutesItem } from '../minutes/minutes-content';

export type { DecisionRecord, PollRecord };

export interface PollsAndDecisions {
  polls: PollRecord[];
  decisions: DecisionRecord[];
}

/**
 * Adds to each agenda item what was decided in it: a **Polls** block with each closed poll's
 * question and results, and each closed vote's decision among the item's decisions.
 */
export function withPollsAndDecisions(items: MinutesItem[], record: PollsAndDecisions, languages: Language[] = ['en']): MinutesItem[] {
  return items.map((item) => {
    const polls = record.polls.filter((poll) => poll.sessionId === item.sessionId);
    const decisions = record.decisions.filter((decision) => decision.sessionId === item.sessionId).map((decision) => decision.text);
    if (!polls.length && !decisions.length) return item;
    const block = polls.length
      ? [`**${inLanguages(languages, 'minutesDraft.polls')}**`, '', ...polls.map((poll) => `- ${oneLine(poll.question)} (${inLanguages(languages, 'minutesDraft.answered', { count: poll.respondents })})${poll.lines.length ? `\n  ${poll.lines.map(oneLine).join('; ')}` : ''}`)].join('\n')
      : '';
    return { ...item, body: [item.body, block].filter(Boolean).join('\n\n'), decisions: [...item.decisions, ...decisions] };
  });
}

function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}
