// Every saved version of the minutes: compare one with the current text, or restore it.
import { useState } from 'react';
import { Outcome, problemOf } from '../organise/common';
import { minutesApi, type Minutes, type Revision } from './minutes-api';
import { formatDoneAt } from '../format';
import { minutesEditorMessages } from '@convene/i18n/web/minutes-editor.messages';
import { useMessages } from '../i18n/i18n';

/** A revision's reason as the API gives it ('drafted', 'saved', 'autosaved', 'restored 3', 'correction accepted'), as message values. */
function reasonOf(reason: string): { reason: string; from: string } {
  const restored = /^restored (\d+)$/.exec(reason);
  if (restored) return { reason: 'restored', from: restored[1] };
  return { reason: reason === 'correction accepted' ? 'corrected' : reason, from: '' };
}

export function VersionsPanel({ minutes, onRestored }: { minutes: Minutes; onRestored: (minutes: Minutes) => void }) {
  const [revisions, setRevisions] = useState<Revision[] | null>(null);
  const [patch, setPatch] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const { t } = useMessages(minutesEditorMessages);
  async function open() {
    setRevisions(await minutesApi.revisions(minutes.id).catch(() => []));
  }
  async function compare(from: number, to: number) {
    try {
      setPatch((await minutesApi.diff(minutes.id, from, to)).patch);
    } catch (error) {
      setMessage(problemOf(error, t('minutesEditor.action.compare')));
    }
  }
  async function restore(revision: number) {
    try {
      onRestored(await minutesApi.restore(minutes.id, revision, minutes.version));
      setRevisions(null);
      setPatch(null);
    } catch (error) {
      setMessage(problemOf(error, t('minutesEditor.action.restore')));
    }
  }
  return (
    <section className="section">
      <h2>{t('minutesEditor.versions')}</h2>
      {revisions === null ? (
        <button type="button" className="button button-secondary" onClick={() => void open()}>
          {t('minutesEditor.versions.show')}
        </button>
      ) : (
        <ul>
          {revisions.map((revision) => (
            <li key={revision.version}>
              {t('minutesEditor.versions.entry', { version: revision.version, ...reasonOf(revision.reason), name: revision.savedByName ?? 'none', when: formatDoneAt(revision.savedAt) })}{' '}
              {revision.version !== minutes.version && (
                <>
                  <button type="button" className="button button-secondary" onClick={() => void compare(revision.version, minutes.version)}>
                    {t('minutesEditor.versions.compare')}
                  </button>{' '}
                  <button type="button" className="button button-secondary" onClick={() => void restore(revision.version)}>
                    {t('minutesEditor.versions.restore')}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {patch !== null && (
        <pre className="diff" aria-label={t('minutesEditor.versions.differences')}>
          {patch}
        </pre>
      )}
      <Outcome message={message} />
    </section>
  );
}
