// Cancelling an event, at the foot of its details page and set apart: it cannot be undone and
// mails everyone who registered, so it sits away from the everyday buttons (it was the first
// button of the overview, above "Publish changes") and asks first, in a step of its own that says
// what will happen (as GOV.UK services confirm a destructive action), before anything is sent.
import { useQuery } from '@tanstack/react-query';
import { api, type EventView } from '../api';
import { useConfirmStep } from '../events/confirm-step';
import { ErrorSummary } from '../events/form-fields';
import { queries, queryClient } from '../queries';
import { problemOf } from './common';
import { hidden, useOrganiseT } from './organise-t';

export function CancelEvent({ event, onCancelled }: { event: EventView; onCancelled: (view: EventView, done: string) => void }) {
  const { t, rich } = useOrganiseT();
  const { step, problem, attempt, start, question, ask, keep, confirm } = useConfirmStep(
    async () => {
      const view = await api.cancelEvent(event.id);
      onCancelled(view, t('organise.cancelEvent.done', { title: view.title, draft: event.status === 'draft' ? 'yes' : 'no' }));
    },
    (error) => problemOf(error, t('organise.doing.cancelEvent')),
  );

  const draft = event.status === 'draft';
  return (
    <section aria-labelledby="cancel-event-heading" className="section danger-zone">
      <h2 id="cancel-event-heading">{t('organise.cancelEvent.heading')}</h2>
      {step === 'idle' ? (
        <>
          <p>{t('organise.cancelEvent.intro', { draft: draft ? 'yes' : 'no' })}</p>
          <button ref={start} type="button" className="button button-warning" onClick={ask}>
            {t('organise.cancelEvent.start')}
          </button>
        </>
      ) : (
        <div className="warning-panel">
          <ErrorSummary id="cancel-event" items={[]} message={problem} attempt={attempt} />
          <h3 ref={question} tabIndex={-1}>
            {t('organise.cancelEvent.question', { title: event.title })}
          </h3>
          <p className="warning-text">
            <span className="warning-text-icon" aria-hidden="true">
              !
            </span>
            <strong>{rich('organise.cancelEvent.warning', { hidden })}</strong>
          </p>
          {draft ? <p>{t('organise.cancelEvent.draft')}</p> : <WhatHappens event={event} />}
          <div className="button-group">
            <button type="button" className="button button-warning" aria-disabled={step === 'acting' || undefined} onClick={confirm}>
              {step === 'acting' ? t('organise.cancelEvent.cancelling') : t('organise.cancelEvent.yes')}
            </button>
            <button type="button" className="button button-secondary" disabled={step === 'acting'} onClick={keep}>
              {t('organise.cancelEvent.no')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

/**
 * What the API's cancel does for a published event (libs/calendar CalendarSync: the mails it sends
 * once the event is cancelled), and how many registered, so the organiser knows whom it reaches.
 */
function WhatHappens({ event }: { event: EventView }) {
  const { t } = useOrganiseT();
  const summary = useQuery(queries.registrationSummary(event.id), queryClient);
  const counts = summary.data?.byStatus;
  return (
    <>
      {counts && (
        <p>
          {t('organise.cancelEvent.registered', { places: counts.confirmed, waiting: counts.waitlisted + counts.offered + counts.pending })}
        </p>
      )}
      <p>{t('organise.cancelEvent.ifYouCancel')}</p>
      <ul className="change-list">
        <li>{t('organise.cancelEvent.mailsPlaces')}</li>
        <li>{t('organise.cancelEvent.mailsWaiting')}</li>
        <li>{t('organise.cancelEvent.mailsFollowers')}</li>
        <li>{t('organise.cancelEvent.closes')}</li>
      </ul>
    </>
  );
}
