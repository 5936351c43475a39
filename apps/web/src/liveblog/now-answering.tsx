// The Q&A's "now answering" question on the liveblog page, for sessions with live Q&A. The live
// call and client alone: this page must stay light, so it does not load the Q&A pages' code.
import { liveblogMessages } from '@convene/i18n/web/liveblog.messages';
import { useEffect, useState } from 'react';
import type { QuestionViewDoc } from '../generated/api';
import { useMessages } from '../i18n/i18n';
import { liveCall } from '../live/live-call';
import { followStream, type StreamPage } from '../live/live-client';

/** A question of the room's list or 'qa' stream (QuestionViewDoc); one withheld from the room has no text. */
type ShownQuestion = Pick<QuestionViewDoc, 'id' | 'status'> & Partial<QuestionViewDoc>;

const questionsPath = (sessionId: string) => `/sessions/${encodeURIComponent(sessionId)}/questions` as const;

export function NowAnswering({ sessionId }: { sessionId: string }) {
  const [question, setQuestion] = useState<ShownQuestion | null>(null);
  const { t, language } = useMessages(liveblogMessages);

  useEffect(() => {
    let stop: (() => void) | null = null;
    let cancelled = false;
    const start = async () => {
      const list = await liveCall<'GET /sessions/{id}/questions'>('GET', questionsPath(sessionId));
      if (cancelled) return;
      setQuestion(list.questions.find((q) => q.status === 'answering') ?? null);
      const stopFollowing = await followStream(sessionId, 'qa', {
        lastSeq: list.lastSeq,
        onChange: (message) => {
          const changed: ShownQuestion | undefined = message.question;
          if (!changed) return;
          // The one being answered is shown; when it moves on, it goes.
          setQuestion((current) => (changed.status === 'answering' && changed.visible !== false ? changed : current?.id === changed.id ? null : current));
        },
        // The room's form of the changes, as on the socket (see qaApi.questionsSince).
        catchUp: (since) => liveCall<'GET /sessions/{id}/questions?since={since}'>('GET', `${questionsPath(sessionId)}?since=${since}`) as Promise<StreamPage<'qa'>>,
      });
      if (cancelled) stopFollowing();
      else stop = stopFollowing;
    };
    // Q&A is extra on this page: if it cannot be read, the liveblog carries on without it.
    start().catch(() => undefined);
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [sessionId]);

  if (!question?.body) return null;
  const asker = question.anonymous ? t('liveblog.aParticipant') : [question.askerName, question.askerOrganisation].filter(Boolean).join(', ');
  return (
    <section className="lb-now-answering" aria-labelledby="now-answering-heading">
      <h2 id="now-answering-heading">{t('liveblog.nowAnswering')}</h2>
      <blockquote>
        <p lang={question.language !== language ? question.language : undefined}>{question.body}</p>
        {asker && <footer>{asker}</footer>}
      </blockquote>
    </section>
  );
}
