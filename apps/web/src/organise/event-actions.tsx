// Publish and Cancel event. Cancelling asks first, in the page (no browser dialog).
import { useEffect, useRef, useState } from 'react';
import { api, type EventView } from '../api';
import { ErrorSummary } from '../events/form-fields';
import { Outcome, problemOf } from './common';
import { useOrganiseT } from './organise-t';

type Step = 'idle' | 'publishing' | 'asking' | 'cancelling';

export function EventActions({ event, onChanged }: { event: EventView; onChanged: (view: EventView) => void }) {
  const { t } = useOrganiseT();
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
      setDone(t('organise.actions.published', { title: view.title }));
      onChanged(view);
    } catch (error) {
      fail(error, t('organise.doing.publishEvent'), 'idle');
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
      setDone(t('organise.actions.cancelled', { title: view.title }));
      onChanged(view);
    } catch (error) {
      fail(error, t('organise.doing.cancelEvent'), 'asking');
    }
  }

  if (event.status === 'cancelled') {
    return (
      <section aria-labelledby="actions-heading" className="section">
        <h2 id="actions-heading" ref={heading} tabIndex={-1}>
          {t('organise.actions.heading')}
        </h2>
        <Outcome message={done} />
        <p>{t('organise.actions.cancelledNote')}</p>
      </section>
    );
  }

  return (
    <section aria-labelledby="actions-heading" className="section">
      <h2 id="actions-heading" ref={heading} tabIndex={-1}>
        {t('organise.actions.heading')}
      </h2>
      <Outcome message={done} />
      {step !== 'asking' && step !== 'cancelling' && <ErrorSummary id="actions" items={[]} message={problem} attempt={attempt} />}
      {event.status === 'draft' ? (
        <p>{t('organise.actions.draftNote')}</p>
      ) : (
        <p>{t('organise.actions.publishedNote')}</p>
      )}
      {step === 'asking' || step === 'cancelling' ? (
        <div className="warning-panel">
          <ErrorSummary id="cancel-event" items={[]} message={problem} attempt={attempt} />
          <h3 ref={question} tabIndex={-1}>
            {t('organise.actions.confirmCancel')}
          </h3>
          <p>{t('organise.actions.cannotUndo')}</p>
          <div className="button-group">
            <button type="button" className="button button-warning" aria-disabled={step === 'cancelling' || undefined} onClick={cancel}>
              {step === 'cancelling' ? t('organise.actions.cancelling') : t('organise.actions.yesCancel')}
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
              {t('organise.keep')}
            </button>
          </div>
        </div>
      ) : (
        <div className="button-group">
          {event.status === 'draft' && (
            <button type="button" className="button" aria-disabled={step === 'publishing' || undefined} onClick={publish}>
              {step === 'publishing' ? t('organise.actions.publishing') : t('organise.actions.publish')}
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
            {t('organise.actions.cancel')}
          </button>
        </div>
      )}
    </section>
  );
}
