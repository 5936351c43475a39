// The voting members of a committee meeting, on its organiser page: the quorum, who votes (kept
// for the series, so the next meeting has them too), who is checked in, and the proxies named
// before the meeting for members who cannot come.
import './organise.css';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { EventView } from '../api';
import { votingApi, type VotingList, type VotingMember } from '../polls/polls-api';
import { queries, queryClient } from '../queries';
import { Outcome, problemOf } from './common';
import { PersonPicker, type PickedPerson } from './person-picker';

export function VotingPanel({ event }: { event: EventView }) {
  const votingList = queries.votingList(event.id);
  const loaded = useQuery(votingList, queryClient);
  const [message, setMessage] = useState<{ text: string; tone: 'ok' | 'bad' } | null>(null);
  const list = loaded.data ?? null;
  if (event.kind !== 'committee_meeting' && !list?.scope) return null;

  async function act(work: () => Promise<VotingList>, done: string) {
    try {
      // Each change answers with the whole list: it goes straight into the cache.
      queryClient.setQueryData(votingList.queryKey, await work());
      setMessage({ text: done, tone: 'ok' });
    } catch (error) {
      setMessage({ text: problemOf(error, 'change the voting list'), tone: 'bad' });
    }
  }

  return (
    <section className="section" aria-labelledby="voting-heading">
      <h2 id="voting-heading">Voting members</h2>
      {loaded.isError && <p className="error-text">We could not load the voting list. Try again in a moment.</p>}
      {list && <QuorumForm list={list} onSave={(quorum) => act(() => votingApi.configure(event.id, quorum), `The quorum is ${quorum}.`)} />}
      {list?.scope && (
        <>
          <p>
            {list.quorum.present} of {list.quorum.members} voting members checked in · quorum {list.quorum.quorum} ·{' '}
            <strong>{list.quorum.quorate ? 'quorate' : 'not quorate'}</strong>{' '}
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => void queryClient.invalidateQueries({ queryKey: votingList.queryKey })}
            >
              Check again
            </button>
          </p>
          <MembersTable eventId={event.id} members={list.members} act={act} />
          <h3 id="add-member-heading" style={{ marginTop: '1.5rem' }}>
            Add a member
          </h3>
          <PersonPicker
            id="voting-member"
            action="Add as voting member"
            allowNew={false}
            onPick={(picked) => act(() => votingApi.setMember(event.id, personIdOf(picked), true), `${nameOf(picked)} is a voting member.`)}
          />
        </>
      )}
      <Outcome message={message?.text ?? null} tone={message?.tone} />
    </section>
  );
}

function QuorumForm({ list, onSave }: { list: VotingList; onSave: (quorum: number) => Promise<void> }) {
  const [problem, setProblem] = useState<string | null>(null);
  function submit(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    const quorum = Number(new FormData(submitted.currentTarget).get('quorum'));
    if (!Number.isInteger(quorum) || quorum < 1) {
      setProblem('Enter the quorum as a whole number, 1 or more');
      return;
    }
    setProblem(null);
    void onSave(quorum);
  }
  return (
    <form className="form subform" noValidate onSubmit={submit} aria-label="Quorum">
      <p className="hint">
        {list.scope === 'series'
          ? 'The list is kept for the whole series: the next meeting starts with these members.'
          : list.scope === 'event'
            ? 'The list is kept for this meeting only.'
            : 'Set the quorum to start the list of voting members (kept for the series, if the meeting belongs to one).'}
      </p>
      <div className={`form-group${problem ? ' form-group-error' : ''}`}>
        <label htmlFor="voting-quorum" className="label">
          Quorum (voting members present)
        </label>
        {problem && (
          <p id="voting-quorum-error" className="error-text">
            {problem}
          </p>
        )}
        <input
          id="voting-quorum"
          name="quorum"
          type="number"
          min={1}
          className="input input-short"
          style={{ maxWidth: '8ch' }}
          defaultValue={list.scope ? list.quorum.quorum : ''}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'voting-quorum-error' : undefined}
        />
      </div>
      <button type="submit" className="button button-secondary">
        {list.scope ? 'Save the quorum' : 'Start the voting list'}
      </button>
    </form>
  );
}

function MembersTable({ eventId, members, act }: { eventId: string; members: VotingMember[]; act: (work: () => Promise<VotingList>, done: string) => Promise<void> }) {
  const [naming, setNaming] = useState<string | null>(null);
  if (!members.length) return <p className="muted">No members yet: add them below.</p>;
  return (
    <>
      {/* A list, not a table: at a phone's width each member's buttons wrap under their name. */}
      <ul className="picker-results" aria-label="Members of the voting list">
        {members.map((member) => (
          <li key={member.personId}>
            <span>
              <strong>{member.name}</strong>
              {member.organisation && <> · {member.organisation}</>}
              <span className="cell-note">
                {member.voting ? 'Voting' : 'Without a vote'} · {member.present ? 'checked in' : 'not checked in'}
                {member.proxyName && (
                  <>
                    {' '}
                    · proxy: {member.proxyName} ({member.proxyPresent ? 'checked in' : 'not checked in'})
                  </>
                )}
              </span>
            </span>
            <span className="row-actions">
              {member.voting && (
                <button type="button" className="button button-secondary button-small" onClick={() => setNaming(member.personId)}>
                  {member.proxyName ? 'Change proxy' : 'Name a proxy'}
                  <span className="visually-hidden"> for {member.name}</span>
                </button>
              )}
              {member.proxyName && (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => void act(() => votingApi.removeProxy(eventId, member.personId), `${member.name} has no proxy now.`)}
                >
                  Withdraw proxy<span className="visually-hidden"> of {member.name}</span>
                </button>
              )}
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => void act(() => votingApi.setMember(eventId, member.personId, !member.voting), `${member.name} ${member.voting ? 'no longer votes' : 'votes'}.`)}
              >
                {member.voting ? 'Make non-voting' : 'Make voting'}
                <span className="visually-hidden"> {member.name}</span>
              </button>
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => void act(() => votingApi.removeMember(eventId, member.personId), `${member.name} is off the list.`)}
              >
                Remove<span className="visually-hidden"> {member.name}</span>
              </button>
            </span>
          </li>
        ))}
      </ul>
      {naming && (
        <div role="group" aria-labelledby="proxy-heading" className="subform">
          <h3 id="proxy-heading">Proxy for {members.find((member) => member.personId === naming)?.name}</h3>
          <p className="hint">The person who votes for them at this meeting if they do not come.</p>
          <PersonPicker
            id="voting-proxy"
            action="Name as proxy"
            allowNew={false}
            onPick={async (picked) => {
              const member = members.find((one) => one.personId === naming);
              await act(() => votingApi.setProxy(eventId, naming, personIdOf(picked)), `${nameOf(picked)} is ${member?.name ?? 'the member'}'s proxy for this meeting.`);
              setNaming(null);
            }}
          />
          <button type="button" className="button button-secondary button-small" onClick={() => setNaming(null)}>
            Cancel
          </button>
        </div>
      )}
    </>
  );
}

const personIdOf = (picked: PickedPerson) => ('personId' in picked ? picked.personId : '');
const nameOf = (picked: PickedPerson) => ('personId' in picked ? picked.name : picked.person.name);
