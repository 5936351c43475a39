// The page behind the link in a speaker invitation: what the invitation is for, and an answer.
// Opening it changes nothing (mail scanners open links); only the buttons answer.
import { speakerInvitationMessages } from '@convene/i18n/web/speaker-invitation.messages';
import { useQuery } from '@tanstack/react-query';
import { queries, queryClient } from '../queries';
import { useRef, useState } from 'react';
import { ApiError, api, type SpeakerInvitation } from '../api';
import { apiErrorText } from '../api-errors';
import { Content, titleIn } from '../events/in-language';
import { formatWhenWithZone } from '../format';
import { useMessages } from '../i18n/i18n';
import { useDocumentTitle } from '../site';

export function SpeakerInvitationPage({ token }: { token: string }) {
  const { t, rich, language } = useMessages(speakerInvitationMessages);
  const loaded = useQuery(queries.speakerInvitation(token), queryClient);
  const [answered, setAnswered] = useState<SpeakerInvitation | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const outcome = useRef<HTMLHeadingElement>(null);
  const invitation = answered ?? (loaded.isSuccess ? loaded.data : null);
  // The titles in the reader's language where the organisers gave it, else the other, marked with its lang.
  const session = invitation ? titleIn(language, invitation.sessionTitle, invitation.sessionTitleCy) : null;
  const event = invitation ? titleIn(language, invitation.eventTitle, invitation.eventTitleCy) : null;
  useDocumentTitle(session ? t('invitation.titleOf', { session: session.text }) : t('invitation.heading'));

  async function answer(accept: boolean) {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      setAnswered(await api.answerSpeakerInvitation(token, accept));
      requestAnimationFrame(() => outcome.current?.focus());
    } catch (error) {
      setProblem(error instanceof ApiError && error.status > 0 ? apiErrorText(error) : t('invitation.failed'));
    } finally {
      setBusy(false);
    }
  }

  if (loaded.isError && !answered) {
    return (
      <>
        <h1>{t('invitation.invalid')}</h1>
        <p>{t('invitation.invalidBody')}</p>
        <p>
          <a href="/">{t('invitation.upcoming')}</a>
        </p>
      </>
    );
  }
  if (!invitation || !session || !event) return <p className="muted">{t('invitation.loading')}</p>;
  return (
    <>
      <h1>{t('invitation.heading')}</h1>
      <p className="lead">
        {rich('invitation.lead', {
          name: invitation.speakerName,
          session: <Content part={session} />,
          role: invitation.role.replace(/-/g, '_'),
          event: <Content part={event} />,
          b: (parts) => <strong>{parts}</strong>,
          link: (parts) => <a href={`/events/${encodeURIComponent(invitation.eventSlug)}`}>{parts}</a>,
        })}
      </p>
      <p>{invitation.startsAt ? formatWhenWithZone(invitation.startsAt, invitation.endsAt, invitation.timeZone) : invitation.when}</p>
      {invitation.status === 'invited' ? (
        <div className="actions">
          {problem && (
            <p className="error-text" role="alert">
              {problem}
            </p>
          )}
          <button type="button" className="button" onClick={() => void answer(true)} aria-disabled={busy || undefined}>
            {t('invitation.accept')}
          </button>{' '}
          <button type="button" className="button button-secondary" onClick={() => void answer(false)} aria-disabled={busy || undefined}>
            {t('invitation.decline')}
          </button>
        </div>
      ) : (
        <div role="status" className="panel">
          <h2 ref={outcome} tabIndex={-1}>
            {invitation.status === 'confirmed' ? t('invitation.accepted') : t('invitation.declined')}
          </h2>
        </div>
      )}
    </>
  );
}
