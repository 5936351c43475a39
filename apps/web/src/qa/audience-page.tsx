// The audience's Q&A page: ask, upvote, see what is being answered, ask for the floor. Text is
// always rendered as React text nodes, never as HTML.
import type { Language, MessageValues } from '@convene/i18n';
import { qaMessages } from '@convene/i18n/web/qa.messages';
import { type FormEvent, useState } from 'react';
import { ApiError, type FieldErrors } from '../api';
import { apiErrorText } from '../api-errors';
import { useMessages } from '../i18n/i18n';
import { FollowSession } from '../live/follow-session';
import { useDocumentTitle } from '../site';
import { langOf, titleIn } from '../events/in-language';
import { type Question, byVotesThenTime, qaApi, langFor } from './qa-api';
import { useFloor, useQuestions } from './use-questions';
import './qa.css';
import { AudiencePolls } from '../polls/audience-polls';

/** The languages text can be written in, each named in itself (as the header's switch names them). Kept here, not
 * imported with NATIVE_NAME from the shell's chunk: that would make the shell export it, and the liveblog reader's
 * weight budget counts the shell. */
const WRITTEN_IN: Array<[Language, string]> = [
  ['cy', 'Cymraeg'],
  ['en', 'English'],
];
const MAX = 500;

type QaKey = keyof typeof qaMessages;

export function QaAudiencePage({ sessionId }: { sessionId: string }) {
  const { t, rich, language } = useMessages(qaMessages);
  const qa = useQuestions(sessionId, false);
  // The session's title in the reader's language where given, the other marked with its lang.
  const title = qa.sessionTitle ? titleIn(language, qa.sessionTitle, qa.sessionTitleCy) : null;
  const heading = title ? t('qa.audience.titleOf', { title: title.text }) : t('qa.audience.title');
  useDocumentTitle(heading);

  if (qa.state === 'failed') {
    return (
      <>
        <h1>{t('qa.audience.title')}</h1>
        <p role="alert">
          {qa.error?.status === 404 ? t('qa.audience.noQa') : qa.error?.status === 403 ? t('qa.audience.delegatesOnly') : t('qa.audience.loadFailed')}
        </p>
      </>
    );
  }
  if (qa.state === 'loading' || !qa.settings) return <p className="muted">{t('qa.audience.loading')}</p>;

  const answering = qa.questions.find((question) => question.status === 'answering' && question.visible);
  const open = qa.questions.filter((question) => question.status === 'approved' && question.visible).sort(byVotesThenTime);
  const answered = qa.questions.filter((question) => question.status === 'answered' && question.visible).sort(byVotesThenTime);
  const mineWaiting = qa.questions.filter((question) => question.mine && !question.visible);

  return (
    <div className="qa-audience">
      <h1>{title ? rich('qa.audience.titleOf', { title: <span lang={langOf(title, language)}>{title.text}</span> }) : heading}</h1>
      <FollowSession sessionId={sessionId} />
      <AudiencePolls sessionId={sessionId} />
      {answering && (
        <section className="qa-now" aria-labelledby="qa-now-heading">
          <h2 id="qa-now-heading">{t('qa.nowAnswering')}</h2>
          <QuestionItem question={answering} onVoted={qa.upsert} />
        </section>
      )}
      {qa.settings.open ? <AskForm sessionId={sessionId} anonymousAllowed={qa.settings.anonymousAllowed} onAsked={(q) => qa.upsert(q, { mine: true, voted: false })} /> : <p className="qa-closed">{t('qa.audience.closed')}</p>}
      {mineWaiting.length > 0 && (
        <section aria-labelledby="qa-mine-heading">
          <h2 id="qa-mine-heading">{t('qa.audience.mine')}</h2>
          <ul className="qa-list">
            {mineWaiting.map((question) => (
              <li key={question.id} className="qa-item" data-question-id={question.id}>
                <p className="qa-body" lang={langFor(question.language, language)}>
                  {question.body}
                </p>
                <p className="muted">
                  {question.status === 'pending'
                    ? t('qa.audience.waiting')
                    : question.status === 'hidden'
                      ? question.hiddenReason
                        ? t('qa.audience.hiddenBecause', { reason: question.hiddenReason })
                        : t('qa.audience.hidden')
                      : ''}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="qa-open-heading">
        <h2 id="qa-open-heading">{t('qa.audience.open', { count: open.length })}</h2>
        {open.length === 0 ? (
          <p className="muted">{t('qa.audience.none')}</p>
        ) : (
          <ol className="qa-list" aria-live="polite">
            {open.map((question) => (
              <li key={question.id}>
                <QuestionItem question={question} onVoted={qa.upsert} />
              </li>
            ))}
          </ol>
        )}
      </section>
      {answered.length > 0 && (
        <section aria-labelledby="qa-answered-heading">
          <h2 id="qa-answered-heading">{t('qa.audience.answered')}</h2>
          <ul className="qa-list">
            {answered.map((question) => (
              <li key={question.id}>
                <QuestionItem question={question} onVoted={qa.upsert} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <FloorRequest sessionId={sessionId} />
    </div>
  );
}

function QuestionItem({ question, onVoted }: { question: Question; onVoted: (question: Question, extra: Partial<Question>) => void }) {
  const { t, rich, language } = useMessages(qaMessages);
  const lang = langFor(question.language, language);
  const [problem, setProblem] = useState<string | null>(null);
  async function toggle() {
    try {
      const answer = await qaApi.vote(question.id, !question.voted);
      setProblem(null);
      // The room's form of the question: one this page shows (a vote on one withheld meanwhile is refused).
      onVoted(answer.question as Question, { voted: answer.voted });
    } catch (error) {
      setProblem(error instanceof ApiError ? apiErrorText(error) : t('qa.audience.voteFailed'));
    }
  }
  const who = question.anonymous ? t('qa.anonymous') : [question.askerName, question.askerOrganisation].filter(Boolean).join(', ');
  const meta = [who, question.mine && t('qa.audience.yours'), question.edited && t('qa.audience.edited')].filter(Boolean);
  return (
    <article className="qa-item" data-question-id={question.id}>
      <p className="qa-body" lang={lang}>
        {question.body}
      </p>
      <p className="qa-meta">{meta.join(' · ')}</p>
      {/* Its name says which question: a list of "▲ 3 votes" buttons is no help out of context. */}
      <button type="button" className={`qa-vote${question.voted ? ' qa-voted' : ''}`} aria-pressed={question.voted ?? false} onClick={toggle} disabled={question.status === 'answered' && !question.voted}>
        {/* Screen readers hear the whole message; the screen shows "▲ 3". */}
        {rich('qa.audience.voteFor', {
          // Marked only when in the other language: screen readers then switch voice for it.
          body: lang ? <span lang={lang}>{question.body}</span> : question.body,
          count: question.votes,
          hidden: (parts) => <span className="visually-hidden">{parts}</span>,
          shown: (parts) => (
            <>
              <span aria-hidden="true">▲ </span>
              <span className="qa-vote-count">{parts}</span>
            </>
          ),
        })}
      </button>
      {problem && <p role="alert" className="qa-problem">{problem}</p>}
    </article>
  );
}

/** The API's field errors are for programs (class-validator's English): each field gets the page's own sentence. */
function inOurWords(details: FieldErrors, ours: Record<string, QaKey>, t: (key: QaKey, values?: MessageValues) => string): string[] {
  return Object.keys(details).map((field) => {
    const key = ours[field.split(/[.[]/)[0]];
    return key ? t(key, { max: MAX }) : details[field].join(' ');
  });
}

const ASK_FIELDS: Record<string, QaKey> = { body: 'qa.ask.bodyInvalid', askerName: 'qa.ask.nameInvalid', askerOrganisation: 'qa.ask.organisationInvalid' };
const FLOOR_FIELDS: Record<string, QaKey> = { name: 'qa.ask.nameInvalid', topic: 'qa.floorRequest.topicInvalid', organisation: 'qa.ask.organisationInvalid' };

function AskForm({ sessionId, anonymousAllowed, onAsked }: { sessionId: string; anonymousAllowed: boolean; onAsked: (question: Question) => void }) {
  const { t, language } = useMessages(qaMessages);
  // Written in the page's language unless the asker says otherwise.
  const [chosen, setChosen] = useState<Language | null>(null);
  const written = chosen ?? language;
  const [body, setBody] = useState('');
  const [name, setName] = useState(() => localStorage.getItem('convene.qa.name') ?? '');
  const [organisation, setOrganisation] = useState(() => localStorage.getItem('convene.qa.organisation') ?? '');
  const [anonymous, setAnonymous] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!body.trim()) {
      setProblem(t('qa.ask.bodyInvalid', { max: MAX }));
      setSent(null);
      return;
    }
    setBusy(true);
    try {
      const question = await qaApi.ask(sessionId, {
        body,
        anonymous,
        language: written,
        askerName: anonymous ? undefined : name || undefined,
        askerOrganisation: anonymous ? undefined : organisation || undefined,
      });
      localStorage.setItem('convene.qa.name', name);
      localStorage.setItem('convene.qa.organisation', organisation);
      setBody('');
      setProblem(null);
      setSent(question.status === 'pending' ? t('qa.ask.sentForApproval') : t('qa.ask.sent'));
      onAsked(question);
    } catch (error) {
      const details = error instanceof ApiError ? inOurWords(error.details, ASK_FIELDS, t) : [];
      setProblem(details.length ? details.join(' ') : error instanceof ApiError ? apiErrorText(error) : t('qa.ask.failed'));
      setSent(null);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="qa-ask" onSubmit={submit} noValidate>
      <h2>{t('qa.ask.heading')}</h2>
      <label htmlFor="qa-body">{t('qa.ask.body')}</label>
      <textarea
        id="qa-body"
        lang={langFor(written, language)}
        value={body}
        maxLength={MAX}
        rows={3}
        required
        onChange={(event) => setBody(event.target.value)}
        aria-describedby="qa-body-count"
      />
      <p id="qa-body-count" className="muted">
        {t('qa.ask.left', { count: MAX - body.length })}
      </p>
      <div className="qa-language">
        <label htmlFor="qa-language">{t('qa.ask.language')}</label>
        <select id="qa-language" value={written} onChange={(event) => setChosen(event.target.value as Language)}>
          {WRITTEN_IN.map(([option, name]) => (
            <option key={option} value={option} lang={option}>
              {name}
            </option>
          ))}
        </select>
      </div>
      {anonymousAllowed && (
        <div className="qa-checkbox">
          <input id="qa-anonymous" type="checkbox" checked={anonymous} onChange={(event) => setAnonymous(event.target.checked)} />
          <label htmlFor="qa-anonymous">{t('qa.ask.anonymous')}</label>
        </div>
      )}
      {!anonymous && (
        <div className="qa-fields">
          <label htmlFor="qa-name">{t('qa.ask.name')}</label>
          <input id="qa-name" value={name} maxLength={100} onChange={(event) => setName(event.target.value)} autoComplete="name" />
          <label htmlFor="qa-organisation">{t('qa.ask.organisation')}</label>
          <input id="qa-organisation" value={organisation} maxLength={150} onChange={(event) => setOrganisation(event.target.value)} autoComplete="organization" />
        </div>
      )}
      <button type="submit" className="button" aria-disabled={busy || undefined}>
        {busy ? t('qa.ask.sending') : t('qa.ask.send')}
      </button>
      {problem && <p role="alert" className="qa-problem">{problem}</p>}
      {sent && <p role="status">{sent}</p>}
    </form>
  );
}

function FloorRequest({ sessionId }: { sessionId: string }) {
  const { t } = useMessages(qaMessages);
  const { floor, setFloor } = useFloor(sessionId);
  const [name, setName] = useState(() => localStorage.getItem('convene.qa.name') ?? '');
  const [topic, setTopic] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  if (!floor) return null;
  const mine = floor.mine ? (floor.speaking?.id === floor.mine ? floor.speaking : floor.queue.find((entry) => entry.id === floor.mine)) : undefined;

  async function ask(event: FormEvent) {
    event.preventDefault();
    try {
      const request = await qaApi.askForFloor(sessionId, { name, topic: topic || undefined });
      setFloor((current) => (current ? { ...current, mine: request.id, queue: current.queue.some((e) => e.id === request.id) ? current.queue : [...current.queue, { ...request, position: current.queue.length + 1 }] } : current));
      setProblem(null);
    } catch (error) {
      const details = error instanceof ApiError ? inOurWords(error.details, FLOOR_FIELDS, t) : [];
      setProblem(details.length ? details.join(' ') : error instanceof ApiError ? apiErrorText(error) : t('qa.floorRequest.failed'));
    }
  }
  async function withdraw() {
    if (!floor?.mine) return;
    await qaApi.withdrawFloor(floor.mine).catch(() => undefined);
    setFloor((current) => (current ? { ...current, mine: null, queue: current.queue.filter((entry) => entry.id !== current.mine) } : current));
  }

  return (
    <section className="qa-floor" aria-labelledby="qa-floor-heading">
      <h2 id="qa-floor-heading">{t('qa.floorRequest.heading')}</h2>
      {floor.speaking && <p>{t('qa.floorRequest.speaking', { name: floor.speaking.name })}</p>}
      {mine ? (
        <>
          <p role="status">{mine.status === 'speaking' ? t('qa.floorRequest.called') : t('qa.floorRequest.position', { position: mine.position ?? '?' })}</p>
          {mine.status === 'waiting' && (
            <button type="button" className="button button-secondary" onClick={withdraw}>
              {t('qa.floorRequest.withdraw')}
            </button>
          )}
        </>
      ) : (
        <form onSubmit={ask}>
          <label htmlFor="floor-name">{t('qa.ask.name')}</label>
          <input id="floor-name" value={name} maxLength={100} onChange={(event) => setName(event.target.value)} />
          <label htmlFor="floor-topic">{t('qa.floorRequest.topic')}</label>
          <input id="floor-topic" value={topic} maxLength={200} onChange={(event) => setTopic(event.target.value)} />
          <button type="submit" className="button">
            {t('qa.floorRequest.ask')}
          </button>
        </form>
      )}
      {problem && <p role="alert" className="qa-problem">{problem}</p>}
    </section>
  );
}
