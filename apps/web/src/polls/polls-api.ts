// The poll and vote routes of the API, as the audience page, the console and the projector use them.
import { apiCall, type Method } from '../api-base';
import { liveHeaders, type LiveMessage } from '../live/live-client';

export type PollKind = 'single' | 'multiple' | 'rating' | 'text';

export interface PollResults {
  respondents: number;
  counts: number[];
  average: number | null;
  words: Array<{ text: string; count: number }>;
}

export interface Poll {
  id: string;
  sessionId: string;
  question: string;
  kind: PollKind;
  options: string[];
  maxChoices: number | null;
  status: 'draft' | 'open' | 'closed';
  requiresSignIn: boolean;
  resultsShown: boolean;
  responses: number;
  results: PollResults | null;
  openedAt: string | null;
  closedAt: string | null;
  /** The console only. */
  textAnswers?: Array<{ id: string; text: string; hidden: boolean; filtered: boolean }>;
}

export interface MyAnswer {
  pollId: string;
  choices: number[];
  rating: number | null;
  text: string | null;
  hidden: boolean;
}

export interface Motion {
  id: string;
  sessionId: string;
  text: string;
  majority: 'simple' | 'two_thirds_voting' | 'two_thirds_members';
  ballot: 'named' | 'secret';
  status: 'draft' | 'open' | 'closed';
  ballotsCast: number;
  membersCount: number | null;
  presentCount: number | null;
  quorum: number | null;
  result: { for: number; against: number; abstentions: number; carried: boolean; decision: string } | null;
}

export interface Quorum {
  hasList: boolean;
  members: number;
  present: number;
  quorum: number;
  quorate: boolean;
}

/** A member of a meeting's voting list, with presence and proxy (organisers). */
export interface VotingMember {
  personId: string;
  name: string;
  organisation: string | null;
  voting: boolean;
  present: boolean;
  proxyPersonId: string | null;
  proxyName: string | null;
  proxyPresent: boolean;
}

export interface VotingList {
  /** null: the meeting has no voting list yet. */
  scope: 'series' | 'event' | null;
  series: string | null;
  quorum: Quorum;
  members: VotingMember[];
}

export interface StreamPage<T extends object> {
  lastSeq: number;
  changes: Array<LiveMessage<T>>;
  more: boolean;
}

const call = <T>(method: Method, path: string, body?: unknown): Promise<T> => liveHeaders().then((headers) => apiCall<T>(method, path, { body, headers }));

const enc = encodeURIComponent;

export const pollsApi = {
  list: (sessionId: string) => call<{ sessionTitle: string; lastSeq: number; polls: Poll[]; mine: MyAnswer[] }>('GET', `/sessions/${enc(sessionId)}/polls`),
  since: (sessionId: string, since: number) => call<StreamPage<{ poll: Poll }>>('GET', `/sessions/${enc(sessionId)}/polls?since=${since}`),
  console: (sessionId: string) => call<{ lastSeq: number; polls: Poll[] }>('GET', `/sessions/${enc(sessionId)}/polls/console`),
  create: (sessionId: string, body: { question: string; kind: PollKind; options?: string[]; maxChoices?: number; showResults: boolean }) =>
    call<Poll>('POST', `/sessions/${enc(sessionId)}/polls`, body),
  act: (pollId: string, verb: 'open' | 'close' | 'reveal' | 'conceal') => call<Poll>('POST', `/polls/${enc(pollId)}/${verb}`),
  remove: (pollId: string) => call<null>('DELETE', `/polls/${enc(pollId)}`),
  answer: (pollId: string, body: { choices?: number[]; rating?: number; text?: string }, change: boolean) =>
    call<{ answer: MyAnswer }>(change ? 'PUT' : 'POST', change ? `/polls/${enc(pollId)}/answers/mine` : `/polls/${enc(pollId)}/answers`, body),
  hideAnswer: (pollId: string, answerId: string, hidden: boolean) => call<Poll>('POST', `/polls/${enc(pollId)}/answers/${enc(answerId)}/${hidden ? 'hide' : 'show'}`),
  motions: (sessionId: string) =>
    call<{ lastSeq: number; motions: Motion[]; mine: { rights: Array<{ memberPersonId: string; name: string; asProxy: boolean }>; cast: Array<{ motionId: string; memberPersonId: string }> } | null }>(
      'GET',
      `/sessions/${enc(sessionId)}/motions`,
    ),
  motionsSince: (sessionId: string, since: number) => call<StreamPage<{ motion: Motion }>>('GET', `/sessions/${enc(sessionId)}/motions?since=${since}`),
  motionsConsole: (sessionId: string) => call<{ lastSeq: number; quorum: Quorum; motions: Motion[] }>('GET', `/sessions/${enc(sessionId)}/motions/console`),
  createMotion: (sessionId: string, body: { text: string; majority: Motion['majority']; ballot: Motion['ballot'] }) => call<Motion>('POST', `/sessions/${enc(sessionId)}/motions`, body),
  actMotion: (motionId: string, verb: 'open' | 'close') => call<Motion>('POST', `/motions/${enc(motionId)}/${verb}`),
  ballot: (motionId: string, choice: 'for' | 'against' | 'abstain', onBehalfOf?: string) => call<{ motion: Motion }>('POST', `/motions/${enc(motionId)}/ballots`, { choice, onBehalfOf }),
};

/** The voting list of an event (organisers). */
export const votingApi = {
  list: (eventId: string) => call<VotingList>('GET', `/events/${enc(eventId)}/voting`),
  configure: (eventId: string, quorum: number) => call<VotingList>('PUT', `/events/${enc(eventId)}/voting`, { quorum }),
  setMember: (eventId: string, personId: string, voting: boolean) => call<VotingList>('PUT', `/events/${enc(eventId)}/voting/members/${enc(personId)}`, { voting }),
  removeMember: (eventId: string, personId: string) => call<VotingList>('DELETE', `/events/${enc(eventId)}/voting/members/${enc(personId)}`),
  setProxy: (eventId: string, memberId: string, proxyPersonId: string) => call<VotingList>('PUT', `/events/${enc(eventId)}/voting/proxies/${enc(memberId)}`, { proxyPersonId }),
  removeProxy: (eventId: string, memberId: string) => call<VotingList>('DELETE', `/events/${enc(eventId)}/voting/proxies/${enc(memberId)}`),
};

export const pollsCsvUrl = (sessionId: string) => `/api/v1/sessions/${enc(sessionId)}/polls.csv`;
export const votesCsvUrl = (sessionId: string) => `/api/v1/sessions/${enc(sessionId)}/motions.csv`;

/** Members present and proxies of absent ones both vote, so the count is of ballots, not of those present. */
export const percent = (count: number, of: number) => (of ? Math.round((count / of) * 100) : 0);

export function labels(poll: Pick<Poll, 'kind' | 'options'>): string[] {
  return poll.kind === 'rating' ? ['1', '2', '3', '4', '5'] : poll.options;
}
