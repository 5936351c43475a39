// Signing in with the 6-digit code from the sign-in mail (the mail's link opens the API's own
// /sign-in page instead). On success the person goes back to where they came from (?next=).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, api, type FieldErrors } from '../api';
import { safeNext, setSignedIn, useSignedIn } from '../auth';
import { ErrorSummary, TextField, byField, summaryItems, text } from '../events/form-fields';
import { navigate, useSearchParam } from '../navigation';
import { useDocumentTitle } from '../site';
import { createTranslator } from '@convene/i18n';
import { signInMessages } from '@convene/i18n/web/sign-in.messages';
import { sharedMessages } from '@convene/i18n/web/shared.messages';
import { apiErrorText } from '../api-errors';
import { useMessages } from '../i18n/i18n';
import { currentLanguage } from '../i18n/language-store';

const signInT = createTranslator({ ...sharedMessages, ...signInMessages });

const ID = 'sign-in';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function problemOf(error: unknown, step: 'email' | 'code'): string {
  const language = currentLanguage();
  if (!(error instanceof ApiError)) return signInT(language, 'problem.generic');
  if (error.status === 0) return apiErrorText(error, language);
  if (error.status === 429) return signInT(language, 'signIn.tooMany');
  if (error.status === 401) return signInT(language, 'signIn.codeRefused');
  if (error.status >= 500) return signInT(language, 'problem.service');
  return step === 'email' ? apiErrorText(error, language) : signInT(language, 'signIn.codeWrong');
}

export function SignInPage() {
  const { t } = useMessages(signInMessages);
  useDocumentTitle(t('signIn.title'));
  const next = safeNext(useSearchParam('next'));
  const signedIn = useSignedIn();
  const [email, setEmail] = useState<string | null>(null);

  return (
    <>
      <h1>{t('signIn.title')}</h1>
      {signedIn.state === 'signed-in' && email === null ? (
        <>
          <p>{t('signIn.already', { name: signedIn.person.name })}</p>
          <p>
            <a href={next}>{t('signIn.continue')}</a>
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
  const { t } = useMessages(signInMessages);
  const shared = useMessages(sharedMessages);
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
      setErrors({ email: [email ? shared.t('form.emailFormat') : shared.t('form.enterEmail')] });
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
      <h2 id="sign-in-email-heading">{t('signIn.getCode')}</h2>
      <p>{t('signIn.noPasswords')}</p>
      <ErrorSummary id={`${ID}-email`} items={summaryItems(errors, ID, ['email'])} message={problem} attempt={attempt} />
      <TextField id={`${ID}-email`} name="email" type="email" label={shared.t('form.email')} autoComplete="email" errors={errors.email} />
      <button id={`${ID}-submit`} type="submit" className="button" aria-disabled={submitting || undefined}>
        {submitting ? shared.t('form.sending') : t('signIn.sendCode')}
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
  const { t } = useMessages(signInMessages);
  useEffect(() => sent.current?.focus(), []);

  async function onSubmit(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    if (submitting) return;
    const code = text(new FormData(submitted.currentTarget), 'code').replace(/\s+/g, '');
    if (!/^\d{6}$/.test(code)) {
      setAttempt((n) => n + 1);
      setErrors({ code: [code ? t('signIn.codeFormat') : t('signIn.enterCode')] });
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
          {t('signIn.checkEmail')}
        </h2>
        <p>{t('signIn.sentIfAccount', { email })}</p>
      </div>
      <form className="form section" noValidate onSubmit={onSubmit} aria-labelledby="sign-in-code-heading">
        <h2 id="sign-in-code-heading">{t('signIn.enterYourCode')}</h2>
        <ErrorSummary id={`${ID}-code`} items={summaryItems(errors, ID, ['code'])} message={problem} attempt={attempt} />
        <TextField
          id={`${ID}-code`}
          name="code"
          label={t('signIn.codeLabel')}
          hint={t('signIn.codeHint')}
          autoComplete="one-time-code"
          inputMode="numeric"
          maxLength={7}
          width={7}
          errors={errors.code}
        />
        <div className="button-group">
          <button id={`${ID}-code-submit`} type="submit" className="button" aria-disabled={submitting || undefined}>
            {submitting ? t('signIn.signingIn') : t('signIn.title')}
          </button>
          <button type="button" className="button button-secondary" onClick={onRestart}>
            {t('signIn.restart')}
          </button>
        </div>
      </form>
    </>
  );
}
