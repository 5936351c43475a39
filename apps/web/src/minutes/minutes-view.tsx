import type { ReactNode } from 'react';
import { Markdown } from './markdown';
import { minutesMessages } from '@convene/i18n/web/minutes.messages';
import { useMessages } from '../i18n/i18n';
import { exportUrl, type Minutes, type MinutesPerson } from './minutes-api';
import { formatDoneOn, formatDueDate } from '../format';
import { presentGroupLabel } from './present-groups';

const person = (entry: MinutesPerson) => (entry.affiliation ? `${entry.name} (${entry.affiliation})` : entry.name);

/** The minutes as the network prints them: header, Present, Apologies, Matters arising, numbered items. */
export function MinutesView({ minutes, itemExtra }: { minutes: Minutes; itemExtra?: (key: string) => ReactNode }) {
  const { content } = minutes;
  const { t, rich } = useMessages(minutesMessages);
  return (
    <article className="minutes">
      <h1>{content.title}</h1>
      <p className="address">{[content.place, content.time, content.date].filter(Boolean).join('\n')}</p>
      <p>
        <span className={`tag tag-${minutes.status}`}>{t('minutes.status', { status: minutes.status })}</span>
        {minutes.approvedAt && (
          <span className="muted">
            {' '}
            {t('minutes.approvedOn', { name: minutes.approvedByName ?? 'none', date: formatDoneOn(minutes.approvedAt) })}
          </span>
        )}
      </p>
      <h2>{t('minutes.present')}</h2>
      {content.present.length === 0 && <p>{t('minutes.noneRecorded')}</p>}
      {content.present.map((group) => (
        <section key={group.category}>
          <h3>{presentGroupLabel(t, group.category, group.label)}</h3>
          <ul>
            {group.people.map((entry, index) => (
              <li key={index}>{person(entry)}</li>
            ))}
          </ul>
        </section>
      ))}
      <h2>{t('minutes.apologies')}</h2>
      {content.apologies.length ? (
        <ul>
          {content.apologies.map((entry, index) => (
            <li key={index}>{person(entry)}</li>
          ))}
        </ul>
      ) : (
        <p>{t('minutes.none')}</p>
      )}
      {content.mattersArising.length > 0 && (
        <>
          <h2>{t('minutes.mattersArising')}</h2>
          <ul>
            {content.mattersArising.map((matter) => (
              <li key={matter.actionId}>
                {matter.description}
                <span className="muted">
                  {matter.owner ? ` · ${matter.owner}` : ''}
                  {matter.dueDate ? ` · ${t('minutes.due', { date: formatDueDate(matter.dueDate) })}` : ''} · {t('minutes.fromMeeting', { meeting: matter.fromMeeting })}
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
                <h3>{t('minutes.decisions')}</h3>
                <ul>
                  {item.decisions.map((decision, at) => (
                    <li key={at}>{decision}</li>
                  ))}
                </ul>
              </>
            )}
            {actions.length > 0 && (
              <>
                <h3>{t('minutes.actions')}</h3>
                <ul>
                  {actions.map((action) => (
                    <li key={action.id}>
                      {action.description}
                      <span className="muted">
                        {action.ownerName ? ` · ${action.ownerName}` : ''}
                        {action.dueDate ? ` · ${t('minutes.due', { date: formatDueDate(action.dueDate) })}` : ''}
                        {action.overdue ? ` · ${t('minutes.overdue')}` : ''} · {t('minutes.actionState', { status: action.status === 'done' ? 'done' : 'open', note: action.doneNote || 'none' })}
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
        {rich('minutes.download', {
          pdf: (parts) => <a href={exportUrl(minutes.id, 'pdf')}>{parts}</a>,
          html: (parts) => <a href={exportUrl(minutes.id, 'html')}>{parts}</a>,
          md: (parts) => <a href={exportUrl(minutes.id, 'md')}>{parts}</a>,
          json: (parts) => <a href={exportUrl(minutes.id, 'json')}>{parts}</a>,
        })}
      </p>
    </article>
  );
}
