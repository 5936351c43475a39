// Circulate, approve and publish (approving and publishing ask first, in the page), and the exports.
import { useState, type ReactNode } from 'react';
import { exportUrl, type Minutes } from './minutes-api';
import { formatDoneOn } from '../format';
import { minutesEditorMessages } from '@convene/i18n/web/minutes-editor.messages';
import { minutesMessages } from '@convene/i18n/web/minutes.messages';
import { useMessages } from '../i18n/i18n';

export type WorkflowStep = 'circulate' | 'approve' | 'publish';

type EditorKey = keyof typeof minutesEditorMessages;

const ASK: Record<'approve' | 'publish', { question: EditorKey; what: EditorKey[]; yes: EditorKey }> = {
  approve: {
    question: 'minutesEditor.workflow.approveQuestion',
    what: ['minutesEditor.workflow.approveFrozen', 'minutesEditor.workflow.approveNoMail'],
    yes: 'minutesEditor.workflow.approveYes',
  },
  publish: {
    question: 'minutesEditor.workflow.publishQuestion',
    what: ['minutesEditor.workflow.publishShown', 'minutesEditor.workflow.publishMailed', 'minutesEditor.workflow.publishFinal'],
    yes: 'minutesEditor.workflow.publishYes',
  },
};

export function WorkflowPanel({ minutes, onStep }: { minutes: Minutes; onStep: (step: WorkflowStep) => void }) {
  const [asking, setAsking] = useState<'approve' | 'publish' | null>(null);
  const { t, rich } = useMessages(minutesEditorMessages);
  const reader = useMessages(minutesMessages);
  const link = (href: string) => (parts: ReactNode[]) => <a href={href}>{parts}</a>;
  if (asking) {
    const ask = ASK[asking];
    return (
      <section className="section" aria-labelledby="workflow-question">
        <div className="warning-panel">
          <h2 id="workflow-question" tabIndex={-1} ref={(heading) => heading?.focus()}>
            {t(ask.question)}
          </h2>
          <ul>
            {ask.what.map((line) => (
              <li key={line}>{t(line)}</li>
            ))}
          </ul>
          <div className="button-group">
            <button
              type="button"
              className="button"
              onClick={() => {
                setAsking(null);
                onStep(asking);
              }}
            >
              {t(ask.yes)}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setAsking(null)}>
              {t('minutesEditor.workflow.notYet')}
            </button>
          </div>
        </div>
      </section>
    );
  }
  return (
    <section className="section">
      <h2>{t('minutesEditor.workflow.heading')}</h2>
      <p>
        {rich('minutesEditor.workflow.status', {
          status: reader.t('minutes.status', { status: minutes.status }),
          tag: (parts) => <span className={`tag tag-${minutes.status}`}>{parts}</span>,
        })}
        {minutes.approvedAt && <> · {reader.t('minutes.approvedOn', { name: minutes.approvedByName ?? 'none', date: formatDoneOn(minutes.approvedAt) })}</>}
      </p>
      {minutes.status === 'draft' && minutes.canEdit && (
        <button type="button" className="button button-secondary" onClick={() => onStep('circulate')}>
          {t('minutesEditor.workflow.circulate', { again: minutes.circulatedAt ? 'yes' : 'no' })}
        </button>
      )}{' '}
      {minutes.status === 'draft' && minutes.canApprove && (
        <button type="button" className="button" onClick={() => setAsking('approve')}>
          {t('minutesEditor.workflow.approve')}
        </button>
      )}
      {minutes.status === 'approved' && minutes.canApprove && (
        <button type="button" className="button" onClick={() => setAsking('publish')}>
          {t('minutesEditor.workflow.publish')}
        </button>
      )}
      {minutes.status === 'published' && (
        <p>{rich('minutesEditor.workflow.publishedAt', { path: `/minutes/${minutes.id}`, a: link(`/minutes/${encodeURIComponent(minutes.id)}`) })}</p>
      )}
      <p className="caption">
        {rich('minutesEditor.workflow.export', {
          pdf: link(exportUrl(minutes.id, 'pdf')),
          html: link(exportUrl(minutes.id, 'html')),
          md: link(exportUrl(minutes.id, 'md')),
          json: link(exportUrl(minutes.id, 'json')),
        })}
      </p>
    </section>
  );
}
