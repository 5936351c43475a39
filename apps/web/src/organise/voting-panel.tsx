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
import { bold, hidden, useOrganiseT } from './organise-t';
import { PersonPicker, type PickedPerson } from './person-picker';

export function VotingPanel({ event }: { event: EventView }) {
  const { t, rich } = useOrganiseT();
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
      setMessage({ text: problemOf(error, t('organise.doing.changeVoting')), tone: 'bad' });
    }
  }

  return (
    <section className="section" aria-labelledby="voting-heading">
      <h2 id="voting-heading">{t('organise.voting.heading')}</h2>
      {loaded.isError && <p className="error-text">{t('organise.voting.failed')}</p>}
      {list && <QuorumForm list={list} onSave={(quorum) => act(() => votingApi.configure(event.id, quorum), t('organise.voting.quorumSet', { quorum }))} />}
      {list?.scope && (
        <>
          <p className="quorum-line">
            <span>
              {rich('organise.voting.summary', {
                present: list.quorum.present,
                members: list.quorum.members,
                quorum: list.quorum.quorum,
                quorate: list.quorum.quorate ? 'yes' : 'no',
                b: bold,
              })}
            </span>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => void queryClient.invalidateQueries({ queryKey: votingList.queryKey })}
            >
              {t('organise.voting.checkAgain')}
            </button>
          </p>
          <MembersTable eventId={event.id} members={list.members} act={act} />
          <h3 id="add-member-heading" style={{ marginTop: '1.5rem' }}>
            {t('organise.voting.addHeading')}
          </h3>
          <PersonPicker
            id="voting-member"
            action={t('organise.voting.addAction')}
            allowNew={false}
            onPick={(picked) => act(() => votingApi.setMember(event.id, personIdOf(picked), true), t('organise.voting.added', { name: nameOf(picked) }))}
          />
        </>
      )}
      <Outcome message={message?.text ?? null} tone={message?.tone} />
    </section>
  );
}

function QuorumForm({ list, onSave }: { list: VotingList; onSave: (quorum: number) => Promise<void> }) {
  const { t } = useOrganiseT();
  const [problem, setProblem] = useState<string | null>(null);
  function submit(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    const quorum = Number(new FormData(submitted.currentTarget).get('quorum'));
    if (!Number.isInteger(quorum) || quorum < 1) {
      setProblem(t('organise.voting.quorumInvalid'));
      return;
    }
    setProblem(null);
    void onSave(quorum);
  }
  return (
    <form className="form subform" noValidate onSubmit={submit} aria-label={t('organise.voting.quorum')}>
      <p className="hint">
        {t('organise.voting.scope', { scope: list.scope ?? 'none' })}
      </p>
      <div className={`form-group${problem ? ' form-group-error' : ''}`}>
        <label htmlFor="voting-quorum" className="label">
          {t('organise.voting.quorumLabel')}
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
        {list.scope ? t('organise.voting.saveQuorum') : t('organise.voting.start')}
      </button>
    </form>
  );
}

function MembersTable({ eventId, members, act }: { eventId: string; members: VotingMember[]; act: (work: () => Promise<VotingList>, done: string) => Promise<void> }) {
  const { t, rich } = useOrganiseT();
  const [naming, setNaming] = useState<string | null>(null);
  if (!members.length) return <p className="muted">{t('organise.voting.noMembers')}</p>;
  return (
    <>
      {/* A list, not a table: at a phone's width each member's buttons wrap under their name. */}
      <ul className="picker-results" aria-label={t('organise.voting.members')}>
        {members.map((member) => (
          <li key={member.personId}>
            <span>
              <strong>{member.name}</strong>
              {member.organisation && <> · {member.organisation}</>}
              <span className="cell-note">
                {t('organise.voting.memberState', {
                  voting: member.voting ? 'yes' : 'no',
                  present: member.present ? 'yes' : 'no',
                  hasProxy: member.proxyName ? 'yes' : 'no',
                  proxy: member.proxyName ?? '',
                  proxyPresent: member.proxyPresent ? 'yes' : 'no',
                })}
              </span>
            </span>
            <span className="row-actions">
              {member.voting && (
                <button type="button" className="button button-secondary button-small" onClick={() => setNaming(member.personId)}>
                  {rich('organise.voting.nameProxy', { hasProxy: member.proxyName ? 'yes' : 'no', name: member.name, hidden })}
                </button>
              )}
              {member.proxyName && (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => void act(() => votingApi.removeProxy(eventId, member.personId), t('organise.voting.proxyRemoved', { name: member.name }))}
                >
                  {rich('organise.voting.withdrawProxy', { name: member.name, hidden })}
                </button>
              )}
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => void act(() => votingApi.setMember(eventId, member.personId, !member.voting), t('organise.voting.toggled', { name: member.name, voting: member.voting ? 'no' : 'yes' }))}
              >
                {rich('organise.voting.toggle', { voting: member.voting ? 'yes' : 'no', name: member.name, hidden })}
              </button>
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => void act(() => votingApi.removeMember(eventId, member.personId), t('organise.voting.removed', { name: member.name }))}
              >
                {rich('organise.voting.remove', { name: member.name, hidden })}
              </button>
            </span>
          </li>
        ))}
      </ul>
      {naming && (
        <div role="group" aria-labelledby="proxy-heading" className="subform">
          <h3 id="proxy-heading">{t('organise.voting.proxyHeading', { name: members.find((member) => member.personId === naming)?.name ?? '' })}</h3>
          <p className="hint">{t('organise.voting.proxyHint')}</p>
          <PersonPicker
            id="voting-proxy"
            action={t('organise.voting.proxyAction')}
            allowNew={false}
            onPick={async (picked) => {
              const member = members.find((one) => one.personId === naming);
              await act(() => votingApi.setProxy(eventId, naming, personIdOf(picked)), t('organise.voting.proxySet', { proxy: nameOf(picked), member: member?.name ?? '', known: member ? 'yes' : 'no' }));
              setNaming(null);
            }}
          />
          <button type="button" className="button button-secondary button-small" onClick={() => setNaming(null)}>
            {t('organise.cancel')}
          </button>
        </div>
      )}
    </>
  );
}

const personIdOf = (picked: PickedPerson) => ('personId' in picked ? picked.personId : '');
const nameOf = (picked: PickedPerson) => ('personId' in picked ? picked.name : picked.person.name);
