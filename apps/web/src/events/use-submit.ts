// The one way a form sends: TanStack Query's useMutation, with what every form shows around it
// (busy while it runs, the API's field errors beside their fields, any other problem in the
// summary, and an attempt count that moves focus to the summary after each failed try).
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { ApiError, FieldErrors } from '../api-base';
import { queryClient } from '../queries';
import { byField } from './form-fields';

export interface Submit<Input, Result> {
  /** Sends, unless a send is already running; `onDone` runs after this one succeeds. */
  submit: (input: Input, onDone?: (result: Result) => void) => void;
  /** The form's own checks failed: show these errors without sending. */
  refuse: (errors: FieldErrors) => void;
  busy: boolean;
  errors: FieldErrors;
  /** A failure that is not about one field, in words for the person. */
  problem: string | null;
  attempt: number;
  /** What the last successful send answered. */
  result: Result | undefined;
}

/** `describe` words a failure that no field explains (a lost connection, a refusal). */
export function useSubmit<Input, Result>(send: (input: Input) => Promise<Result>, describe: (error: ApiError) => string): Submit<Input, Result> {
  const [refused, setRefused] = useState<FieldErrors | null>(null);
  const [attempt, setAttempt] = useState(0);
  const mutation = useMutation<Result, ApiError, Input>({ mutationFn: send, onError: () => setAttempt((n) => n + 1) }, queryClient);
  const fromServer = mutation.error ? byField(mutation.error.details) : {};
  const errors = refused ?? fromServer;
  return {
    submit: (input, onDone) => {
      if (mutation.isPending) return;
      setRefused(null);
      mutation.mutate(input, { onSuccess: onDone });
    },
    refuse: (local) => {
      mutation.reset();
      setRefused(local);
      setAttempt((n) => n + 1);
    },
    busy: mutation.isPending,
    errors,
    problem: !refused && mutation.error && !Object.keys(fromServer).length ? describe(mutation.error) : null,
    attempt,
    result: mutation.data,
  };
}
