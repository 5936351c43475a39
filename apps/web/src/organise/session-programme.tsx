// A session's people: speakers invited in a role (with their answer, resend and withdraw), and
// the liveblog's named editors, both found with the people search.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, type AgendaSession, type SpeakerRole } from '../api';
import { SelectField } from '../events/form-fields';
import { invalidate, queries, queryClient } from '../queries';
import { Outcome, problemOf } from './common';
import { organiseApi, roleLabel, SPEAKER_ROLES, type SessionSpeaker } from './organise-api';
import { PersonPicker, type PickedPerson } from './person-picker';

const STATUS: Record<SessionSpeaker['status'], string> = { invited: 'Invited: no answer yet', confirmed: 'Accepted', declined: 'Declined' };

export function SessionProgramme({ session, editable, onChanged }: { session: AgendaSession; editable: boolean; onChanged: () => void }) {
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [role, setRole] = useState<SpeakerRole>('speaker');
  const speakers = useQuery(queries.speakers(session.id), queryClient);
  const id = `programme-${session.id}`;

  async function act(what: string, run: () => Promise<string>) {
    setProblem(null);
    try {
      setMessage(await run());
      await invalidate(queries.speakers(session.id).queryKey);
      onChanged();
    } catch (error) {
      setMessage(null);
      setProblem(problemOf(error, what));
    }
  }

  async function invite(picked: PickedPerson) {
    const roleName = roleLabel(role).toLowerCase();
    await act('invite this person', async () => {
      const who = 'personId' in picked ? { personId: picked.personId } : { person: picked.person };
      const name = 'personId' in picked ? picked.name : picked.person.name;
      const result = await organiseApi.inviteSpeaker(session.id, role, who);
      return result.mailed
        ? `${name} is invited as ${roleName}: we mailed them a link to accept or decline.`
        : `${name} is invited as ${roleName}, but has no email address on record, so no mail was sent.`;
    });
  }

  return (
    <div className="programme">
      <h4 id={`${id}-heading`}>Speakers</h4>
      <Outcome message={message} />
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
      {speakers.isPending && <p className="muted">Loading the speakers…</p>}
      {speakers.isError && <p className="error-text">We could not load the speakers ({speakers.error.message}).</p>}
      {speakers.isSuccess &&
        (speakers.data.length ? (
          <ul className="admin-list" aria-labelledby={`${id}-heading`}>
            {speakers.data.map((speaker) => (
              <li key={speaker.personId} className="speaker-row">
                <span>
                  <strong>{speaker.name}</strong>, {roleLabel(speaker.role).toLowerCase()}
                  {speaker.organisation && <> · {speaker.organisation}</>} · <span className={`tag tag-${speaker.status}`}>{STATUS[speaker.status]}</span>
                </span>
                {editable && (
                  <span className="button-group">
                    {speaker.status === 'invited' && (
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        onClick={() =>
                          void act('resend the invitation', async () => {
                            const result = await organiseApi.resendInvitation(session.id, speaker.personId);
                            return result.mailed ? `A new invitation link went to ${speaker.name}; the old link no longer works.` : `${speaker.name} has no email address on record.`;
                          })
                        }
                      >
                        Resend<span className="visually-hidden"> the invitation to {speaker.name}</span>
                      </button>
                    )}
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      onClick={() =>
                        void act('withdraw the invitation', async () => {
                          await organiseApi.withdrawSpeaker(session.id, speaker.personId);
                          return speaker.status === 'confirmed'
                            ? `${speaker.name} is off the programme. Publish the agenda changes to tell delegates.`
                            : `The invitation to ${speaker.name} is withdrawn: their link no longer works.`;
                        })
                      }
                    >
                      {speaker.status === 'confirmed' ? 'Remove' : 'Withdraw'}
                      <span className="visually-hidden"> {speaker.name}</span>
                    </button>
                  </span>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">Nobody invited yet.</p>
        ))}
      {editable && (
        <div className="subform">
          <h5 className="label">Invite someone to speak</h5>
          <SelectField id={`${id}-role`} name="role" label="In the role of" options={SPEAKER_ROLES} defaultValue={role} onChange={(value) => setRole(value as SpeakerRole)} />
          <PersonPicker id={`${id}-speaker`} action="Invite" onPick={invite} />
        </div>
      )}
      {session.liveblog && <LiveblogEditors session={session} editable={editable} />}
    </div>
  );
}

function LiveblogEditors({ session, editable }: { session: AgendaSession; editable: boolean }) {
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const editors = useQuery(queries.liveblogEditors(session.id), queryClient);
  const id = `editors-${session.id}`;

  async function change(what: string, run: () => Promise<string>) {
    setProblem(null);
    try {
      setMessage(await run());
      await invalidate(queries.liveblogEditors(session.id).queryKey);
    } catch (error) {
      setMessage(null);
      setProblem(error instanceof ApiError && error.status === 404 ? 'That person could not be named.' : problemOf(error, what));
    }
  }

  return (
    <>
      <h4 id={`${id}-heading`}>Liveblog editors</h4>
      <p className="hint">The chair and the event’s organisers can always write the liveblog. Name others here.</p>
      <Outcome message={message} />
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
      {editors.isSuccess &&
        (editors.data.length ? (
          <ul className="admin-list" aria-labelledby={`${id}-heading`}>
            {editors.data.map((editor) => (
              <li key={editor.personId} className="speaker-row">
                <strong>{editor.name}</strong>
                {editable && (
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    onClick={() =>
                      void change('remove this editor', async () => {
                        await organiseApi.removeLiveblogEditor(session.id, editor.personId);
                        return `${editor.name} can no longer write this liveblog.`;
                      })
                    }
                  >
                    Remove<span className="visually-hidden"> {editor.name} as an editor</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No editors named.</p>
        ))}
      {editable && (
        <PersonPicker
          id={`${id}-picker`}
          action="Name as editor"
          allowNew={false}
          onPick={async (picked) => {
            if (!('personId' in picked)) return;
            await change('name this editor', async () => {
              await organiseApi.addLiveblogEditor(session.id, picked.personId);
              return `${picked.name} can now write this session’s liveblog.`;
            });
          }}
        />
      )}
    </>
  );
}
