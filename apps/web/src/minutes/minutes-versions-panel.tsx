// Every saved version of the minutes: compare one with the current text, or restore it.
import { useState } from 'react';
import { Outcome, problemOf } from '../organise/common';
import { minutesApi, type Minutes, type Revision } from './minutes-api';
import { formatDoneAt } from '../format';

export function VersionsPanel({ minutes, onRestored }: { minutes: Minutes; onRestored: (minutes: Minutes) => void }) {
  const [revisions, setRevisions] = useState<Revision[] | null>(null);
  const [patch, setPatch] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  async function open() {
    setRevisions(await minutesApi.revisions(minutes.id).catch(() => []));
  }
  async function compare(from: number, to: number) {
    try {
      setPatch((await minutesApi.diff(minutes.id, from, to)).patch);
    } catch (error) {
      setMessage(problemOf(error, 'compare the versions'));
    }
  }
  async function restore(revision: number) {
    try {
      onRestored(await minutesApi.restore(minutes.id, revision, minutes.version));
      setRevisions(null);
      setPatch(null);
    } catch (error) {
      setMessage(problemOf(error, 'restore the version'));
    }
  }
  return (
    <section className="section">
      <h2>Versions</h2>
      {revisions === null ? (
        <button type="button" className="button button-secondary" onClick={() => void open()}>
          Show earlier versions
        </button>
      ) : (
        <ul>
          {revisions.map((revision) => (
            <li key={revision.version}>
              Version {revision.version}: {revision.reason}
              {revision.savedByName ? ` by ${revision.savedByName}` : ''}, {formatDoneAt(revision.savedAt)}{' '}
              {revision.version !== minutes.version && (
                <>
                  <button type="button" className="button button-secondary" onClick={() => void compare(revision.version, minutes.version)}>
                    Compare with current
                  </button>{' '}
                  <button type="button" className="button button-secondary" onClick={() => void restore(revision.version)}>
                    Restore
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {patch !== null && (
        <pre className="diff" aria-label="Differences">
          {patch}
        </pre>
      )}
      <Outcome message={message} />
    </section>
  );
}
