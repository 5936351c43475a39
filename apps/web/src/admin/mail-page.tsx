// /admin/mail: how much mail waits, retries, went and failed; each failed mail with its reason,
// retried one at a time or all at once (after asking). A mail already sent is never sent again:
// the API retries failed mail only.
import { apiErrorText } from '../api-errors';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { formatDoneAt } from '../format';
import { invalidate, queries, queryClient } from '../queries';
import { ADMIN_PAGE_SIZE, adminApi, type MailCounts, type MailEntry } from './admin-api';
import { AdminPage, Pager } from './admin-frame';
import { useAdminProblem, useAdminT } from './admin-t';

export function AdminMailPage() {
  const { t } = useAdminT();
  return <AdminPage title={t('admin.mail.title')}>{() => <MailQueue />}</AdminPage>;
}

function MailQueue() {
  const { t } = useAdminT();
  const [offset, setOffset] = useState(0);
  const [outcome, setOutcome] = useState<{ text: string; tone: 'ok' | 'bad' } | null>(null);
  const counts = useQuery(queries.mailCounts(), queryClient);
  const failed = useQuery({ ...queries.failedMail(offset), placeholderData: keepPreviousData }, queryClient);
  const reload = () => invalidate(['admin', 'mail']);

  return (
    <>
      <p className="lead">{t('admin.mail.lead')}</p>
      <section aria-labelledby="mail-counts-heading" className="section">
        <h2 id="mail-counts-heading">{t('admin.mail.countsHeading')}</h2>
        {counts.isError && <p className="error-text">{t('admin.mail.loadFailed', { reason: apiErrorText(counts.error) })}</p>}
        {counts.isSuccess && <Counts counts={counts.data} />}
        <button type="button" className="button button-secondary button-small" onClick={() => void reload()}>
          {t('admin.mail.refresh')}
        </button>
      </section>

      <section aria-labelledby="mail-failed-heading" className="section">
        <h2 id="mail-failed-heading">{t('admin.mail.failedHeading')}</h2>
        <div role="status" className={outcome ? `outcome outcome-${outcome.tone}` : 'outcome-empty'}>
          {outcome?.text}
        </div>
        {failed.isPending && <p className="muted">{t('admin.mail.loading')}</p>}
        {failed.isError && <p className="error-text">{t('admin.mail.loadFailed', { reason: apiErrorText(failed.error) })}</p>}
        {failed.isSuccess &&
          (failed.data.total === 0 ? (
            <p>{t('admin.mail.noneFailed')}</p>
          ) : (
            <>
              <p>{t('admin.mail.failedIntro', { count: failed.data.total })}</p>
              <RetryAll total={failed.data.total} onDone={setOutcome} reload={reload} />
              <ul className="admin-list" aria-label={t('admin.mail.failedListLabel')}>
                {failed.data.items.map((mail) => (
                  <FailedMail key={mail.id} mail={mail} onDone={setOutcome} reload={reload} />
                ))}
              </ul>
              <Pager label={t('admin.mail.pagesLabel')} total={failed.data.total} offset={offset} size={ADMIN_PAGE_SIZE} onPage={setOffset} />
            </>
          ))}
      </section>
    </>
  );
}

function Counts({ counts }: { counts: MailCounts }) {
  const { t } = useAdminT();
  const states: Array<[keyof MailCounts, string]> = [
    ['waiting', t('admin.mail.waiting')],
    ['retrying', t('admin.mail.retrying')],
    ['sent', t('admin.mail.sent')],
    ['failed', t('admin.mail.failed')],
  ];
  return (
    <dl className="facts">
      {states.map(([state, label]) => (
        <div key={state}>
          <dt>{label}</dt>
          <dd>{counts[state]}</dd>
        </div>
      ))}
    </dl>
  );
}

type Report = (outcome: { text: string; tone: 'ok' | 'bad' }) => void;

function FailedMail({ mail, onDone, reload }: { mail: MailEntry; onDone: Report; reload: () => Promise<void> }) {
  const { t } = useAdminT();
  const describe = useAdminProblem();
  const retry = useMutation({ mutationFn: () => adminApi.retryMail(mail.id) }, queryClient);
  const subject = mail.subject ?? t('admin.mail.noSubject');

  function send() {
    if (retry.isPending) return;
    retry.mutate(undefined, {
      onSuccess: () => onDone({ text: t('admin.mail.retried', { recipient: mail.recipient, subject }), tone: 'ok' }),
      onError: (error) => onDone({ text: describe(error), tone: 'bad' }),
      onSettled: () => void reload(),
    });
  }

  return (
    <li className="admin-item">
      <h3 className="admin-item-title">{subject}</h3>
      <dl className="facts">
        <div>
          <dt>{t('admin.mail.to')}</dt>
          <dd>{mail.recipient}</dd>
        </div>
        <div>
          <dt>{t('admin.mail.when')}</dt>
          <dd>
            <time dateTime={mail.createdAt}>{formatDoneAt(mail.createdAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('admin.mail.reason')}</dt>
          <dd>{mail.lastError ?? t('admin.mail.noReason')}</dd>
        </div>
      </dl>
      <div className="button-group">
        <button type="button" className="button button-secondary button-small" aria-disabled={retry.isPending || undefined} onClick={send}>
          {t('admin.mail.retryOne')}
          <span className="visually-hidden"> {t('admin.mail.retryOneWhich', { recipient: mail.recipient, subject })}</span>
        </button>
      </div>
    </li>
  );
}

/** "Retry all", which first says how many mails go out again and asks. */
function RetryAll({ total, onDone, reload }: { total: number; onDone: Report; reload: () => Promise<void> }) {
  const { t } = useAdminT();
  const describe = useAdminProblem();
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const retryAll = useMutation({ mutationFn: adminApi.retryAllFailed }, queryClient);

  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);

  function send() {
    if (retryAll.isPending) return;
    retryAll.mutate(undefined, {
      onSuccess: ({ retried }) => onDone({ text: t('admin.mail.retriedAll', { count: retried }), tone: 'ok' }),
      onError: (error) => onDone({ text: describe(error), tone: 'bad' }),
      onSettled: () => {
        setAsking(false);
        void reload();
      },
    });
  }

  if (!asking) {
    return (
      <p>
        <button type="button" className="button" onClick={() => setAsking(true)}>
          {t('admin.mail.retryAll')}
        </button>
      </p>
    );
  }
  return (
    <div className="notice-panel">
      <p ref={question} tabIndex={-1}>
        {t('admin.mail.retryAllQuestion', { count: total })}
      </p>
      <div className="button-group">
        <button type="button" className="button" aria-disabled={retryAll.isPending || undefined} onClick={send}>
          {t('admin.mail.retryAllConfirm', { count: total })}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setAsking(false)}>
          {t('admin.mail.cancel')}
        </button>
      </div>
    </div>
  );
}
