import { useEffect, useState, type FormEvent } from 'react';
import { ApiError, api } from '../api';
import { useSignedIn } from '../auth';
import { TextField } from '../events/form-fields';

type Phase = { state: 'idle' } | { state: 'busy' } | { state: 'sent'; email: string } | { state: 'following' };
// upcoming: whether it starts later than when the offer came (read then, not on every render).
type Offer = { followable: boolean; following: boolean; startsAt: string | null; upcoming: boolean };

function problemOf(error: unknown): string {
  if (error instanceof ApiError && error.status > 0 && error.status < 500) return error.message;
  return 'We could not set up the reminder. Try again later.';
}

/**
 * "Can't be there?": a mail with the session's live links when it starts. Signed in, one
 * button; otherwise an address, which its owner confirms from the mail we send to it. Shown
 * only where the API says the session can be followed, and only before it starts.
 */
export function FollowSession({ sessionId }: { sessionId: string }) {
  const signedIn = useSignedIn();
  const [offer, setOffer] = useState<Offer | null>(null);
  const [phase, setPhase] = useState<Phase>({ state: 'idle' });
  const [problem, setProblem] = useState<string | null>(null);
  const [emailErrors, setEmailErrors] = useState<string[] | undefined>(undefined);
  const person = signedIn.state === 'signed-in';

  useEffect(() => {
    if (signedIn.state === 'loading') return;
    const controller = new AbortController();
    api.followOffer(sessionId, controller.signal).then(
      (answer) => {
        setOffer({ ...answer, upcoming: answer.startsAt ? new Date(answer.startsAt).getTime() > Date.now() : false });
        setPhase(answer.following ? { state: 'following' } : { state: 'idle' });
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [sessionId, signedIn.state]);

  if (!offer || !(offer.followable || offer.following) || !offer.upcoming) return null;

  async function run(action: () => Promise<Phase>) {
    if (phase.state === 'busy') return;
    const before = phase;
    setPhase({ state: 'busy' });
    setProblem(null);
    setEmailErrors(undefined);
    try {
      setPhase(await action());
    } catch (error) {
      setPhase(before);
      const details = error instanceof ApiError ? error.details.email : undefined;
      if (details) setEmailErrors(details);
      else setProblem(problemOf(error));
    }
  }

  function onSubmit(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    const email = String(new FormData(submitted.currentTarget).get('email') ?? '').trim();
    if (!email.includes('@')) {
      setEmailErrors(['Enter your email address, like name@example.org']);
      return;
    }
    void run(async () => {
      await api.followSession(sessionId, email);
      return { state: 'sent', email };
    });
  }

  return (
    <section className="follow-session" aria-labelledby="follow-heading">
      <h2 id="follow-heading">Can't be there?</h2>
      <div role="status" aria-live="polite">
        {phase.state === 'sent' && (
          <p>
            Check your inbox: we sent a link to <strong>{phase.email}</strong>. Once you confirm, we email you this page's link a few minutes before the
            session starts.
          </p>
        )}
        {phase.state === 'following' && <p>We will email you this page's link a few minutes before the session starts.</p>}
      </div>
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
      {person ? (
        phase.state === 'following' ? (
          <button type="button" className="button button-secondary" onClick={() => void run(async () => (await api.unfollowSession(sessionId), { state: 'idle' }))}>
            Stop the reminder
          </button>
        ) : (
          <button
            type="button"
            className="button"
            aria-disabled={phase.state === 'busy' || undefined}
            onClick={() => void run(async () => (await api.followSession(sessionId), { state: 'following' }))}
          >
            Email me when it starts
          </button>
        )
      ) : (
        phase.state !== 'sent' && (
          <form className="form" noValidate onSubmit={onSubmit} aria-label="Email me when it starts">
            <p>Follow it from wherever you are: we email you the link a few minutes before it starts.</p>
            <TextField id="follow-email" name="email" type="email" label="Email address" autoComplete="email" errors={emailErrors} maxLength={254} />
            <button type="submit" className="button" aria-disabled={phase.state === 'busy' || undefined}>
              {phase.state === 'busy' ? 'Sending…' : 'Email me when it starts'}
            </button>
          </form>
        )
      )}
    </section>
  );
}
