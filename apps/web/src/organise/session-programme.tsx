// A session's people: speakers invited in a role (with their answer, resend and withdraw), and
// the liveblog's named editors, both found with the people search.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, type AgendaSession, type SpeakerRole } from '../api';
import { apiErrorText } from '../api-errors';
import { SelectField } from '../events/form-fields';
import { invalidate, queries, queryClient } from '../queries';
import { Outcome, problemOf } from './common';
import { organiseApi, SPEAKER_ROLES } from './organise-api';
import { bold, hidden, roleKey, useOrganiseT } from './organise-t';
import { PersonPicker, type PickedPerson } from './person-picker';

export function SessionProgramme({ session, editable, onChanged }: { session: AgendaSession; editable: boolean; onChanged: () => void }) {
  const { t, rich } = useOrganiseT();
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
    await act(t('speakers.doing.invite'), async () => {
      const who = 'personId' in picked ? { personId: picked.personId } : { person: picked.person };
      const name = 'personId' in picked ? picked.name : picked.person.name;
      const result = await organiseApi.inviteSpeaker(session.id, role, who);
      return t('speakers.invited', { name, role: roleKey(role), mailed: result.mailed ? 'yes' : 'no' });
    });
  }

  return (
    <div className="programme">
      <h4 id={`${id}-heading`}>{t('speakers.heading')}</h4>
      <Outcome message={message} />
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
      {speakers.isPending && <p className="muted">{t('speakers.loading')}</p>}
      {speakers.isError && <p className="error-text">{t('speakers.failed', { reason: apiErrorText(speakers.error) })}</p>}
      {speakers.isSuccess &&
        (speakers.data.length ? (
          <ul className="admin-list" aria-labelledby={`${id}-heading`}>
            {speakers.data.map((speaker) => (
              <li key={speaker.personId} className="speaker-row">
                <span>
                  {rich('speakers.row', {
                    name: speaker.name,
                    role: roleKey(speaker.role),
                    hasOrganisation: speaker.organisation ? 'yes' : 'no',
                    organisation: speaker.organisation ?? '',
                    b: bold,
                  })}{' '}
                  · <span className={`tag tag-${speaker.status}`}>{t('speakers.status', { status: speaker.status })}</span>
                </span>
                {editable && (
                  <span className="button-group">
                    {speaker.status === 'invited' && (
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        onClick={() =>
                          void act(t('speakers.doing.resend'), async () => {
                            const result = await organiseApi.resendInvitation(session.id, speaker.personId);
                            return t(result.mailed ? 'speakers.resent' : 'speakers.noAddress', { name: speaker.name });
                          })
                        }
                      >
                        {rich('speakers.resend', { name: speaker.name, hidden })}
                      </button>
                    )}
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      onClick={() =>
                        void act(t('speakers.doing.withdraw'), async () => {
                          await organiseApi.withdrawSpeaker(session.id, speaker.personId);
                          return t(speaker.status === 'confirmed' ? 'speakers.removed' : 'speakers.withdrawn', { name: speaker.name });
                        })
                      }
                    >
                      {rich('speakers.remove', { confirmed: speaker.status === 'confirmed' ? 'yes' : 'no', name: speaker.name, hidden })}
                    </button>
                  </span>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('speakers.none')}</p>
        ))}
      {editable && (
        <div className="subform">
          <h5 className="label">{t('speakers.inviteHeading')}</h5>
          <SelectField id={`${id}-role`} name="role" label={t('speakers.inRole')} options={SPEAKER_ROLES.map((value): [string, string] => [value, t('speakers.role', { role: roleKey(value) })])} defaultValue={role} onChange={(value) => setRole(value as SpeakerRole)} />
          <PersonPicker id={`${id}-speaker`} action={t('speakers.invite')} onPick={invite} />
        </div>
      )}
      {session.liveblog && <LiveblogEditors session={session} editable={editable} />}
    </div>
  );
}

function LiveblogEditors({ session, editable }: { session: AgendaSession; editable: boolean }) {
  const { t, rich } = useOrganiseT();
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
      setProblem(error instanceof ApiError && error.status === 404 ? t('editors.cannotName') : problemOf(error, what));
    }
  }

  return (
    <>
      <h4 id={`${id}-heading`}>{t('editors.heading')}</h4>
      <p className="hint">{t('editors.hint')}</p>
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
                      void change(t('editors.doing.remove'), async () => {
                        await organiseApi.removeLiveblogEditor(session.id, editor.personId);
                        return t('editors.removed', { name: editor.name });
                      })
                    }
                  >
                    {rich('editors.remove', { name: editor.name, hidden })}
                  </button>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('editors.none')}</p>
        ))}
      {editable && (
        <PersonPicker
          id={`${id}-picker`}
          action={t('editors.nameAction')}
          allowNew={false}
          onPick={async (picked) => {
            if (!('personId' in picked)) return;
            await change(t('editors.doing.name'), async () => {
              await organiseApi.addLiveblogEditor(session.id, picked.personId);
              return t('editors.added', { name: picked.name });
            });
          }}
        />
      )}
    </>
  );
}
