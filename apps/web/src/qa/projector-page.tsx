// The projector: the question being answered, the top of the queue, who speaks and for how long.
// Full screen, large type, no controls.
import { qaMessages } from '@convene/i18n/web/qa.messages';
import { useMessages } from '../i18n/i18n';
import { useEffect, useState } from 'react';
import QRCode from 'qrcode';
import { ProjectorPolls } from '../polls/projector-polls';
import { useDocumentTitle } from '../site';
import { langOf, titleIn } from '../events/in-language';
import { Countdown } from './countdown';
import { byVotesThenTime, langFor } from './qa-api';
import { useFloor, useQuestions } from './use-questions';
import './qa.css';

export function QaProjectorPage({ sessionId }: { sessionId: string }) {
  const { t, rich, language } = useMessages(qaMessages);
  const qa = useQuestions(sessionId, false);
  const title = qa.sessionTitle ? titleIn(language, qa.sessionTitle, qa.sessionTitleCy) : null;
  useDocumentTitle(title?.text ?? t('qa.projector.title'));
  const { floor, offsetMs } = useFloor(sessionId);
  const answering = qa.questions.find((question) => question.status === 'answering' && question.visible);
  const next = qa.questions.filter((question) => question.status === 'approved' && question.visible).sort(byVotesThenTime).slice(0, 4);
  const who = (q: { anonymous: boolean; askerName: string | null; askerOrganisation: string | null }) =>
    q.anonymous ? t('qa.anonymous') : [q.askerName, q.askerOrganisation].filter(Boolean).join(', ');

  const join = new URLSearchParams(window.location.search).get('join') === '1';
  const audienceUrl = `${window.location.origin}/sessions/${sessionId}/qa`;
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    if (join) QRCode.toDataURL(audienceUrl, { margin: 1, width: 400 }).then(setQr, () => setQr(null));
  }, [join, audienceUrl]);

  return (
    <div className="projector">
      {/* The title, and beside it how to join: the rest of the screen stays for what is said. */}
      <div className="projector-head">
        {title && (
          <h1 className="projector-title" lang={langOf(title, language)}>
            {title.text}
          </h1>
        )}
        {join && (
          <section className="projector-join" aria-label={t('qa.projector.joinLabel')}>
            <p>{rich('qa.projector.joinAt', { address: audienceUrl, b: (parts) => <strong>{parts}</strong> })}</p>
            {qr && <img src={qr} alt={t('qa.projector.qrAlt', { address: audienceUrl })} />}
          </section>
        )}
      </div>
      <ProjectorPolls sessionId={sessionId} />
      {floor?.speaking && (
        <section className="projector-speaker" aria-label={t('qa.speakingNow')}>
          <p className="projector-label">{t('qa.speakingNow')}</p>
          <p className="projector-name">
            {floor.speaking.name}
            {floor.speaking.organisation ? <span className="projector-org">, {floor.speaking.organisation}</span> : null}
          </p>
          <Countdown speaker={floor.speaking} offsetMs={offsetMs} className="projector-countdown" />
          {floor.queue[0] && <p className="projector-next">{t('qa.projector.next', { name: floor.queue[0].name })}</p>}
        </section>
      )}
      {answering ? (
        <section className="projector-now" aria-label={t('qa.nowAnswering')}>
          <p className="projector-label">{t('qa.nowAnswering')}</p>
          <p className="projector-question" lang={langFor(answering.language, language)}>
            {answering.body}
          </p>
          <p className="projector-asker">{who(answering)}</p>
        </section>
      ) : (
        !floor?.speaking && <p className="projector-question">{t('qa.projector.empty')}</p>
      )}
      {next.length > 0 && (
        <section className="projector-queue" aria-label={t('qa.projector.top')}>
          <ol>
            {next.map((question) => (
              <li key={question.id}>
                <span className="projector-votes">▲ {question.votes}</span> <span lang={langFor(question.language, language)}>{question.body}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
