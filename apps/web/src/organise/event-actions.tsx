// Publish and Cancel event. Cancelling asks first, in the page (no browser dialog).
import { useEffect, useRef, useState } from 'react';
import { api, type EventView } from '../api';
import { ErrorSummary } from '../events/form-fields';
import { Outcome, problemOf } from './common';

type Step = 'idle' | 'publishing' | 'asking' | 'cancelling';

export function EventActions({ event, onChanged }: { event: EventView; onChanged: (view: EventView) => void }) {
  const [step, setStep] = useState<Step>('idle');
  const [done, setDone] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const start = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<'question' | 'start' | 'heading' | null>(null);

  useEffect(() => {
    if (focusNext.current === 'question') question.current?.focus();
    if (focusNext.current === 'heading') heading.current?.focus();
    if (focusNext.current === 'start') start.current?.focus();
    focusNext.current = null;
  }, [step]);

  function fail(error: unknown, what: string, back: Step) {
    setProblem(problemOf(error, what));
    setAttempt((n) => n + 1);
    setStep(back);
  }

  async function publish() {
    if (step !== 'idle') return;
    setProblem(null);
    setStep('publishing');
    try {
      const view = await api.publishEvent(event.id);
      focusNext.current = 'heading';
      setStep('idle');
      setDone(`“${view.title}” is published: it is listed on the home page and open for registration.`);
      onChanged(view);
    } catch (error) {
      fail(error, 'publish this event', 'idle');
    }
  }

  async function cancel() {
    if (step === 'cancelling') return;
    setStep('cancelling');
    try {
      const view = await api.cancelEvent(event.id);
      focusNext.current = 'heading';
      setStep('idle');
      setProblem(null);
      setDone(`“${view.title}” has been cancelled.`);
      onChanged(view);
    } catch (error) {
      fail(error, 'cancel this event', 'asking');
    }
  }

  if (event.status === 'cancelled') {
    return (
      <section aria-labelledby="actions-heading" className="section">
        <h2 id="actions-heading" ref={heading} tabIndex={-1}>
          Publishing
        </h2>
        <Outcome message={done} />
        <p>This event has been cancelled. It can no longer be published or changed.</p>
      </section>
    );
  }

  return (
    <section aria-labelledby="actions-heading" className="section">
      <h2 id="actions-heading" ref={heading} tabIndex={-1}>
        Publishing
      </h2>
      <Outcome message={done} />
      {step !== 'asking' && step !== 'cancelling' && <ErrorSummary id="actions" items={[]} message={problem} attempt={attempt} />}
      {event.status === 'draft' ? (
        <p>This event is a draft: only its organisers can see it. Publish it when its details and agenda are ready.</p>
      ) : (
        <p>This event is published: anyone it is for can see it and register.</p>
      )}
      {step === 'asking' || step === 'cancelling' ? (
        <div className="warning-panel">
          <ErrorSummary id="cancel-event" items={[]} message={problem} attempt={attempt} />
          <h3 ref={question} tabIndex={-1}>
            Are you sure you want to cancel this event?
          </h3>
          <p>This cannot be undone. The event can no longer be published or changed.</p>
          <div className="button-group">
            <button type="button" className="button button-warning" aria-disabled={step === 'cancelling' || undefined} onClick={cancel}>
              {step === 'cancelling' ? 'Cancelling…' : 'Yes, cancel the event'}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={step === 'cancelling'}
              onClick={() => {
                focusNext.current = 'start';
                setProblem(null);
                setStep('idle');
              }}
            >
              No, keep it
            </button>
          </div>
        </div>
      ) : (
        <div className="button-group">
          {event.status === 'draft' && (
            <button type="button" className="button" aria-disabled={step === 'publishing' || undefined} onClick={publish}>
              {step === 'publishing' ? 'Publishing…' : 'Publish event'}
            </button>
          )}
          <button
            ref={start}
            type="button"
            className="button button-warning"
            onClick={() => {
              focusNext.current = 'question';
              setDone(null);
              setProblem(null);
              setStep('asking');
            }}
          >
            Cancel event
          </button>
        </div>
      )}
    </section>
  );
}
