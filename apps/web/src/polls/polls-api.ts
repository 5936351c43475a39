// The poll and vote routes of the API, as the audience page, the console and the projector use them.
import { apiCall, type Method } from '../api-base';
import type {
  AnswerPollDto,
  AnswerResultDoc,
  BallotResultDoc,
  ConsolePollDoc,
  CreateMotionDto,
  CreatePollDto,
  MotionConsoleDoc,
  MotionDoc,
  MotionListDoc,
  MyAnswerDoc,
  PollConsoleDoc,
  PollListDoc,
  PollResultsDoc,
  PublicPollDoc,
  QuorumDoc,
  VotingListDoc,
  VotingMemberDoc,
} from '../generated/api';
import { liveHeaders, type StreamPage } from '../live/live-client';

// The views and bodies are the API document's (apps/web/src/generated/api: npm run api:types).
export type PollKind = PublicPollDoc['kind'];
export type PollResults = PollResultsDoc;
/** A poll as the room sees it, or as the console does: with its text answers. */
export type Poll = PublicPollDoc & Partial<Pick<ConsolePollDoc, 'textAnswers'>>;
export type MyAnswer = MyAnswerDoc;
export type Motion = MotionDoc;
export type Quorum = QuorumDoc;
/** A member of a meeting's voting list, with presence and proxy (organisers). */
export type VotingMember = VotingMemberDoc;
export type VotingList = VotingListDoc;

const call = <T>(method: Method, path: string, body?: unknown): Promise<T> => liveHeaders().then((headers) => apiCall<T>(method, path, { body, headers }));

const enc = encodeURIComponent;

export const pollsApi = {
  list: (sessionId: string) => call<PollListDoc>('GET', `/sessions/${enc(sessionId)}/polls`),
  since: (sessionId: string, since: number) => call<StreamPage<'polls'>>('GET', `/sessions/${enc(sessionId)}/polls?since=${since}`),
  console: (sessionId: string) => call<PollConsoleDoc>('GET', `/sessions/${enc(sessionId)}/polls/console`),
  create: (sessionId: string, body: CreatePollDto) => call<ConsolePollDoc>('POST', `/sessions/${enc(sessionId)}/polls`, body),
  act: (pollId: string, verb: 'open' | 'close' | 'reveal' | 'conceal') => call<ConsolePollDoc>('POST', `/polls/${enc(pollId)}/${verb}`),
  remove: (pollId: string) => call<null>('DELETE', `/polls/${enc(pollId)}`),
  answer: (pollId: string, body: AnswerPollDto, change: boolean) =>
    call<AnswerResultDoc>(change ? 'PUT' : 'POST', change ? `/polls/${enc(pollId)}/answers/mine` : `/polls/${enc(pollId)}/answers`, body),
  hideAnswer: (pollId: string, answerId: string, hidden: boolean) => call<ConsolePollDoc>('POST', `/polls/${enc(pollId)}/answers/${enc(answerId)}/${hidden ? 'hide' : 'show'}`),
  motions: (sessionId: string) => call<MotionListDoc>('GET', `/sessions/${enc(sessionId)}/motions`),
  motionsSince: (sessionId: string, since: number) => call<StreamPage<'votes'>>('GET', `/sessions/${enc(sessionId)}/motions?since=${since}`),
  motionsConsole: (sessionId: string) => call<MotionConsoleDoc>('GET', `/sessions/${enc(sessionId)}/motions/console`),
  createMotion: (sessionId: string, body: CreateMotionDto) => call<Motion>('POST', `/sessions/${enc(sessionId)}/motions`, body),
  actMotion: (motionId: string, verb: 'open' | 'close') => call<Motion>('POST', `/motions/${enc(motionId)}/${verb}`),
  ballot: (motionId: string, choice: 'for' | 'against' | 'abstain', onBehalfOf?: string) => call<BallotResultDoc>('POST', `/motions/${enc(motionId)}/ballots`, { choice, onBehalfOf }),
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
