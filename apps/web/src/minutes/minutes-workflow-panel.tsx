// Circulate, approve and publish, and the exports.
import { exportUrl, type Minutes } from './minutes-api';
import { MINUTES_STATUS } from './minutes-view';

export type WorkflowStep = 'circulate' | 'approve' | 'publish';

export function WorkflowPanel({ minutes, onStep }: { minutes: Minutes; onStep: (step: WorkflowStep) => void }) {
  return (
    <section className="section">
      <h2>Approval and publication</h2>
      <p>
        Status: <span className={`tag tag-${minutes.status}`}>{MINUTES_STATUS[minutes.status]}</span>
        {minutes.approvedAt && ` · approved${minutes.approvedByName ? ` by ${minutes.approvedByName}` : ''} on ${new Date(minutes.approvedAt).toLocaleDateString('en-GB')}`}
      </p>
      {minutes.status === 'draft' && minutes.canEdit && (
        <button type="button" className="button button-secondary" onClick={() => onStep('circulate')}>
          {minutes.circulatedAt ? 'Circulate again to those present' : 'Circulate to those present for corrections'}
        </button>
      )}{' '}
      {minutes.status === 'draft' && minutes.canApprove && (
        <button type="button" className="button" onClick={() => onStep('approve')}>
          Approve (freezes the text)
        </button>
      )}
      {minutes.status === 'approved' && minutes.canApprove && (
        <button type="button" className="button" onClick={() => onStep('publish')}>
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
