import type { ReactNode } from 'react';
import { Markdown } from './markdown';
import { MINUTES_STATUS } from './minutes-status';
import { exportUrl, type Minutes, type MinutesPerson } from './minutes-api';
import { formatDoneOn, formatDueDate } from '../format';

const person = (entry: MinutesPerson) => (entry.affiliation ? `${entry.name} (${entry.affiliation})` : entry.name);

/** The minutes as the network prints them: header, Present, Apologies, Matters arising, numbered items. */
export function MinutesView({ minutes, itemExtra }: { minutes: Minutes; itemExtra?: (key: string) => ReactNode }) {
  const { content } = minutes;
  return (
    <article className="minutes">
      <h1>{content.title}</h1>
      <p className="address">{[content.place, content.time, content.date].filter(Boolean).join('\n')}</p>
      <p>
        <span className={`tag tag-${minutes.status}`}>{MINUTES_STATUS[minutes.status]}</span>
        {minutes.approvedAt && (
          <span className="muted">
            {' '}
            Approved{minutes.approvedByName ? ` by ${minutes.approvedByName}` : ''} on {formatDoneOn(minutes.approvedAt)}
          </span>
        )}
      </p>
      <h2>Present</h2>
      {content.present.length === 0 && <p>None recorded.</p>}
      {content.present.map((group) => (
        <section key={group.category}>
          <h3>{group.label}</h3>
          <ul>
            {group.people.map((entry, index) => (
              <li key={index}>{person(entry)}</li>
            ))}
          </ul>
        </section>
      ))}
      <h2>Apologies</h2>
      {content.apologies.length ? (
        <ul>
          {content.apologies.map((entry, index) => (
            <li key={index}>{person(entry)}</li>
          ))}
        </ul>
      ) : (
        <p>None.</p>
      )}
      {content.mattersArising.length > 0 && (
        <>
          <h2>Matters arising</h2>
          <ul>
            {content.mattersArising.map((matter) => (
              <li key={matter.actionId}>
                {matter.description}
                <span className="muted">
                  {matter.owner ? ` · ${matter.owner}` : ''}
                  {matter.dueDate ? ` · due ${formatDueDate(matter.dueDate)}` : ''} · from {matter.fromMeeting}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {content.items.map((item, index) => {
        const actions = minutes.actions.filter((action) => action.itemKey === item.key);
        return (
          <section key={item.key} aria-labelledby={`item-${item.key}`}>
            <h2 id={`item-${item.key}`}>
              {index + 1}. {item.title}
            </h2>
            <Markdown source={item.body} />
            {item.decisions.length > 0 && (
              <>
                <h3>Decisions</h3>
                <ul>
                  {item.decisions.map((decision, at) => (
                    <li key={at}>{decision}</li>
                  ))}
                </ul>
              </>
            )}
            {actions.length > 0 && (
              <>
                <h3>Actions</h3>
                <ul>
                  {actions.map((action) => (
                    <li key={action.id}>
                      {action.description}
                      <span className="muted">
                        {action.ownerName ? ` · ${action.ownerName}` : ''}
                        {action.dueDate ? ` · due ${formatDueDate(action.dueDate)}` : ''}
                        {action.overdue ? ' · overdue' : ''} · {action.status === 'done' ? `done${action.doneNote ? `: ${action.doneNote}` : ''}` : 'open'}
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {itemExtra?.(item.key)}
          </section>
        );
      })}
      <p className="caption">
        Download: <a href={exportUrl(minutes.id, 'pdf')}>PDF</a> · <a href={exportUrl(minutes.id, 'html')}>printable page</a> ·{' '}
        <a href={exportUrl(minutes.id, 'md')}>Markdown</a> · <a href={exportUrl(minutes.id, 'json')}>OParl JSON</a>
      </p>
    </article>
  );
}
