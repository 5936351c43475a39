// Signing in with the 6-digit code from the sign-in mail (the mail's link opens the API's own
// /sign-in page instead). On success the person goes back to where they came from (?next=).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, api, type FieldErrors } from '../api';
import { safeNext, setSignedIn, useSignedIn } from '../auth';
import { ErrorSummary, TextField, byField, summaryItems, text } from '../events/form-fields';
import { navigate, useSearchParam } from '../navigation';
import { useDocumentTitle } from '../site';

const ID = 'sign-in';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function problemOf(error: unknown, step: 'email' | 'code'): string {
  if (!(error instanceof ApiError)) return 'Something went wrong. Try again.';
  if (error.status === 0) return error.message;
  if (error.status === 429) return 'Too many attempts. Wait 15 minutes, then try again.';
  if (error.status === 401) return 'That code is not right, or it has expired or been used. Check the most recent sign-in mail, or ask for a new code.';
  if (error.status >= 500) return 'Sorry, there is a problem with the service. Try again later.';
  return step === 'email' ? error.message : 'That code is not right. Check the most recent sign-in mail, or ask for a new code.';
}

export function SignInPage() {
  useDocumentTitle('Sign in');
  const next = safeNext(useSearchParam('next'));
  const signedIn = useSignedIn();
  const [email, setEmail] = useState<string | null>(null);

  return (
    <>
      <h1>Sign in</h1>
      {signedIn.state === 'signed-in' && email === null ? (
        <>
          <p>You're signed in as {signedIn.person.name}.</p>
          <p>
            <a href={next}>Continue</a>
          </p>
        </>
      ) : email === null ? (
        <EmailStep next={next} onSent={setEmail} />
      ) : (
        <CodeStep email={email} next={next} onRestart={() => setEmail(null)} />
      )}
    </>
  );
}

function EmailStep({ next, onSent }: { next: string; onSent: (email: string) => void }) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);

  async function onSubmit(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    if (submitting) return;
    const email = text(new FormData(submitted.currentTarget), 'email');
    if (!EMAIL.test(email)) {
      setAttempt((n) => n + 1);
      setErrors({ email: [email ? 'Enter an email address in the correct format, like name@example.org' : 'Enter your email address'] });
      setProblem(null);
      return;
    }
    setSubmitting(true);
    try {
      await api.requestSignIn(email, next);
      onSent(email);
    } catch (error) {
      const details = error instanceof ApiError ? byField(error.details) : {};
      setAttempt((n) => n + 1);
      setErrors(details);
      setProblem(Object.keys(details).length ? null : problemOf(error, 'email'));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="sign-in-email-heading">
      <h2 id="sign-in-email-heading">Get a sign-in code</h2>
      <p>There are no passwords. We'll send a 6-digit code to your email address: it works once, for 15 minutes.</p>
      <ErrorSummary id={`${ID}-email`} items={summaryItems(errors, ID, ['email'])} message={problem} attempt={attempt} />
      <TextField id={`${ID}-email`} name="email" type="email" label="Email address" autoComplete="email" errors={errors.email} />
      <button id={`${ID}-submit`} type="submit" className="button" aria-disabled={submitting || undefined}>
        {submitting ? 'Sending…' : 'Send me a code'}
      </button>
    </form>
  );
}

function CodeStep({ email, next, onRestart }: { email: string; next: string; onRestart: () => void }) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const sent = useRef<HTMLHeadingElement>(null);
  useEffect(() => sent.current?.focus(), []);

  async function onSubmit(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    if (submitting) return;
    const code = text(new FormData(submitted.currentTarget), 'code').replace(/\s+/g, '');
    if (!/^\d{6}$/.test(code)) {
      setAttempt((n) => n + 1);
      setErrors({ code: [code ? 'The code is 6 digits, like 123456' : 'Enter the 6-digit code from the mail'] });
      setProblem(null);
      return;
    }
    setSubmitting(true);
    try {
      const person = await api.verifySignIn(email, code);
      setSignedIn(person);
      navigate(next);
    } catch (error) {
      const details = error instanceof ApiError && error.status === 400 ? byField(error.details) : {};
      setAttempt((n) => n + 1);
      setErrors(details.code ? { code: details.code } : {});
      setProblem(details.code ? null : problemOf(error, 'code'));
      setSubmitting(false);
    }
  }

  return (
    <>
      <div className="confirmation" role="status">
        <h2 ref={sent} tabIndex={-1}>
          Check your email
        </h2>
        <p>If {email} has a Convene account, we've sent a sign-in code there. It works for 15 minutes.</p>
      </div>
      <form className="form section" noValidate onSubmit={onSubmit} aria-labelledby="sign-in-code-heading">
        <h2 id="sign-in-code-heading">Enter your code</h2>
        <ErrorSummary id={`${ID}-code`} items={summaryItems(errors, ID, ['code'])} message={problem} attempt={attempt} />
        <TextField
          id={`${ID}-code`}
          name="code"
          label="6-digit code"
          hint="The code is in the mail's text, for example 123456"
          autoComplete="one-time-code"
          inputMode="numeric"
          maxLength={7}
          width={7}
          errors={errors.code}
        />
        <div className="button-group">
          <button id={`${ID}-code-submit`} type="submit" className="button" aria-disabled={submitting || undefined}>
            {submitting ? 'Signing in…' : 'Sign in'}
          </button>
          <button type="button" className="button button-secondary" onClick={onRestart}>
            Use another email address or get a new code
          </button>
        </div>
      </form>
    </>
  );
}
