// Circulate, approve and publish (approving and publishing ask first, in the page), and the exports.
import { useState } from 'react';
import { exportUrl, type Minutes } from './minutes-api';
import { MINUTES_STATUS } from './minutes-status';
import { formatDoneOn } from '../format';

export type WorkflowStep = 'circulate' | 'approve' | 'publish';

const ASK: Record<'approve' | 'publish', { question: string; what: string[]; yes: string }> = {
  approve: {
    question: 'Approve these minutes?',
    what: ['The text is frozen: nobody can change it after, and corrections close.', 'Nobody is mailed yet: that happens when you publish.'],
    yes: 'Yes, approve',
  },
  publish: {
    question: 'Publish these minutes?',
    what: [
      'They appear on the event’s page for everyone the event is for.',
      'We mail a link to everyone recorded as present with an email address and everyone who sent apologies, once each.',
      'This cannot be undone.',
    ],
    yes: 'Yes, publish and mail',
  },
};

export function WorkflowPanel({ minutes, onStep }: { minutes: Minutes; onStep: (step: WorkflowStep) => void }) {
  const [asking, setAsking] = useState<'approve' | 'publish' | null>(null);
  if (asking) {
    const ask = ASK[asking];
    return (
      <section className="section" aria-labelledby="workflow-question">
        <div className="warning-panel">
          <h2 id="workflow-question" tabIndex={-1} ref={(heading) => heading?.focus()}>
            {ask.question}
          </h2>
          <ul>
            {ask.what.map((line) => (
              <li key={line}>{line}</li>
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
              {ask.yes}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setAsking(null)}>
              No, not yet
            </button>
          </div>
        </div>
      </section>
    );
  }
  return (
    <section className="section">
      <h2>Approval and publication</h2>
      <p>
        Status: <span className={`tag tag-${minutes.status}`}>{MINUTES_STATUS[minutes.status]}</span>
        {minutes.approvedAt && ` · approved${minutes.approvedByName ? ` by ${minutes.approvedByName}` : ''} on ${formatDoneOn(minutes.approvedAt)}`}
      </p>
      {minutes.status === 'draft' && minutes.canEdit && (
        <button type="button" className="button button-secondary" onClick={() => onStep('circulate')}>
          {minutes.circulatedAt ? 'Circulate again to those present' : 'Circulate to those present for corrections'}
        </button>
      )}{' '}
      {minutes.status === 'draft' && minutes.canApprove && (
        <button type="button" className="button" onClick={() => setAsking('approve')}>
          Approve (freezes the text)
        </button>
      )}
      {minutes.status === 'approved' && minutes.canApprove && (
        <button type="button" className="button" onClick={() => setAsking('publish')}>
          Publish and mail those present and with apologies
        </button>
      )}
      {minutes.status === 'published' && (
        <p>
          Published at <a href={`/minutes/${encodeURIComponent(minutes.id)}`}>/minutes/{minutes.id}</a>
        </p>
      )}
      <p className="caption">
        Export: <a href={exportUrl(minutes.id, 'pdf')}>PDF</a> · <a href={exportUrl(minutes.id, 'html')}>printable page</a> · <a href={exportUrl(minutes.id, 'md')}>Markdown</a> ·{' '}
        <a href={exportUrl(minutes.id, 'json')}>OParl JSON</a>
      </p>
    </section>
  );
}
