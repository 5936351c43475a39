// A destructive action asked in the page before anything happens (no browser dialog), as GOV.UK
// services confirm one: the button opens a question, Yes acts, No goes back. Focus follows the
// step: to the question when it opens, back to the button when it closes.
import { useEffect, useRef, useState } from 'react';

export type ConfirmStep = 'idle' | 'asking' | 'acting';

export function useConfirmStep(act: () => Promise<void>, problemOf: (error: unknown) => string) {
  const [step, setStep] = useState<ConfirmStep>('idle');
  const [problem, setProblem] = useState<string | null>(null);
  // Counts failures so the error summary takes the focus again on a second one with the same words.
  const [attempt, setAttempt] = useState(0);
  const start = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<'question' | 'start' | null>(null);

  useEffect(() => {
    if (focusNext.current === 'question') question.current?.focus();
    if (focusNext.current === 'start') start.current?.focus();
    focusNext.current = null;
  }, [step]);

  const moveTo = (next: 'asking' | 'idle') => {
    focusNext.current = next === 'asking' ? 'question' : 'start';
    setProblem(null);
    setStep(next);
  };

  async function confirm() {
    if (step === 'acting') return;
    setStep('acting');
    try {
      await act();
    } catch (error) {
      setProblem(problemOf(error));
      setAttempt((n) => n + 1);
      setStep('asking');
    }
  }

  return { step, problem, attempt, start, question, ask: () => moveTo('asking'), keep: () => moveTo('idle'), confirm };
}
