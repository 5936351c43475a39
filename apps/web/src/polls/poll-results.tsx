// A poll's results: bars with counts and percentages (drawn, aria-hidden) and the same numbers as
// a table for screen readers; a text poll's word cloud as a list sized by count.
import { pollsMessages } from '@convene/i18n/web/polls.messages';
import { useMessages } from '../i18n/i18n';
import { type Poll, type PollResults, labels, percent } from './polls-api';

export function PollResultsView({ poll, results, large = false }: { poll: Poll; results: PollResults; large?: boolean }) {
  const { t } = useMessages(pollsMessages);
  if (poll.kind === 'text') {
    const most = Math.max(1, ...results.words.map((word) => word.count));
    return (
      <div className={large ? 'poll-cloud poll-large' : 'poll-cloud'}>
        <ul aria-label={t('polls.results.answersTo', { question: poll.question })}>
          {results.words.map((word) => (
            <li key={word.text} style={{ fontSize: `${1 + (word.count / most) * (large ? 2.5 : 1.2)}em` }}>
              {word.text} <span className="poll-count">({word.count})</span>
            </li>
          ))}
        </ul>
        {!results.words.length && <p>{t('polls.results.none')}</p>}
        <p className="poll-total">{t('polls.results.answered', { count: results.respondents })}</p>
      </div>
    );
  }
  const names = labels(poll);
  return (
    <div className={large ? 'poll-results poll-large' : 'poll-results'}>
      <div aria-hidden="true" className="poll-bars">
        {names.map((name, index) => {
          const count = results.counts[index] ?? 0;
          const share = percent(count, results.respondents);
          return (
            <div key={name} className="poll-bar-row">
              <span className="poll-bar-label">{name}</span>
              <span className="poll-bar-track">
                <span className="poll-bar" style={{ width: `${share}%` }} />
              </span>
              <span className="poll-bar-figure">
                {count} · {share}%
              </span>
            </div>
          );
        })}
      </div>
      <table className="visually-hidden">
        <caption>{t('polls.results.caption', { question: poll.question })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('polls.results.option', { kind: poll.kind })}</th>
            <th scope="col">{t('polls.results.answers')}</th>
            <th scope="col">{t('polls.results.percent')}</th>
          </tr>
        </thead>
        <tbody>
          {names.map((name, index) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>{results.counts[index] ?? 0}</td>
              <td>{percent(results.counts[index] ?? 0, results.respondents)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="poll-total">
        {poll.kind === 'rating' && results.average !== null
          ? t('polls.results.average', { count: results.respondents, average: results.average })
          : t('polls.results.answered', { count: results.respondents })}
      </p>
    </div>
  );
}
