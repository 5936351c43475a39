import { toCsv } from '@convene/core';
import { PollKind } from './poll.entity';
import { ConsolePoll } from './dto/poll.views';
import { bucketLabel, percent } from './poll-view';

/** One row per option (or rating, or word) of every opened poll; cells safe to open in a spreadsheet. */
export function pollsCsv(polls: ConsolePoll[]): string {
  const rows: unknown[][] = [];
  for (const poll of polls) {
    if (poll.status === 'draft') continue;
    const base = [poll.question, poll.kind, poll.status, poll.openedAt?.toISOString() ?? '', poll.closedAt?.toISOString() ?? '', poll.results.respondents];
    if (poll.kind === PollKind.Text) {
      for (const word of poll.results.words) rows.push([...base, word.text, word.count, percent(word.count, poll.results.respondents)]);
      if (!poll.results.words.length) rows.push([...base, '', 0, 0]);
      continue;
    }
    poll.results.counts.forEach((count, index) => rows.push([...base, bucketLabel(poll, index), count, percent(count, poll.results.respondents)]));
  }
  return toCsv(['question', 'kind', 'status', 'opened_at', 'closed_at', 'respondents', 'answer', 'count', 'percent'], rows);
}
