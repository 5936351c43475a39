import { useEffect, useState, type FormEvent } from 'react';
import { followMessages } from '@convene/i18n/web/follow.messages';
import { sharedMessages } from '@convene/i18n/web/shared.messages';
import { ApiError, api } from '../api';
import { useMessages } from '../i18n/i18n';
import { useSignedIn } from '../auth';
import { TextField, byField } from '../events/form-fields';
import { apiErrorText } from '../api-errors';

type Phase = { state: 'idle' } | { state: 'busy' } | { state: 'sent'; email: string } | { state: 'following' };
// upcoming: whether it starts later than when the offer came (read then, not on every render).
type Offer = { followable: boolean; following: boolean; startsAt: string | null; upcoming: boolean };

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
  const { t, rich } = useMessages(followMessages);
  const shared = useMessages(sharedMessages);
  const problemOf = (error: unknown) => (error instanceof ApiError && error.status > 0 && error.status < 500 ? apiErrorText(error) : t('follow.failed'));

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
      const details = error instanceof ApiError ? byField(error.details).email : undefined;
      if (details) setEmailErrors(details);
      else setProblem(problemOf(error));
    }
  }

  function onSubmit(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    const email = String(new FormData(submitted.currentTarget).get('email') ?? '').trim();
    if (!email.includes('@')) {
      setEmailErrors([shared.t(email ? 'form.emailFormat' : 'form.enterEmail')]);
      return;
    }
    void run(async () => {
      await api.followSession(sessionId, email);
      return { state: 'sent', email };
    });
  }

  return (
    <section className="follow-session" aria-labelledby="follow-heading">
      <h2 id="follow-heading">{t('follow.heading')}</h2>
      <div role="status" aria-live="polite">
        {phase.state === 'sent' && (
          <p>{rich('follow.sent', { email: phase.email, b: (parts) => <strong>{parts}</strong> })}</p>
        )}
        {phase.state === 'following' && <p>{t('follow.following')}</p>}
      </div>
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
      {person ? (
        phase.state === 'following' ? (
          <button type="button" className="button button-secondary" onClick={() => void run(async () => (await api.unfollowSession(sessionId), { state: 'idle' }))}>
            {t('follow.stop')}
          </button>
        ) : (
          <button
            type="button"
            className="button"
            aria-disabled={phase.state === 'busy' || undefined}
            onClick={() => void run(async () => (await api.followSession(sessionId), { state: 'following' }))}
          >
            {t('follow.emailMe')}
          </button>
        )
      ) : (
        phase.state !== 'sent' && (
          <form className="form" noValidate onSubmit={onSubmit} aria-label={t('follow.emailMe')}>
            <p>{t('follow.intro')}</p>
            <TextField id="follow-email" name="email" type="email" label={shared.t('form.email')} autoComplete="email" errors={emailErrors} maxLength={254} />
            <button type="submit" className="button" aria-disabled={phase.state === 'busy' || undefined}>
              {phase.state === 'busy' ? shared.t('form.sending') : t('follow.emailMe')}
            </button>
          </form>
        )
      )}
    </section>
  );
}
