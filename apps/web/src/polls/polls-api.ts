// The poll and vote routes of the API, as the audience page, the console and the projector use them.
import type {
  AnswerPollDto,
  ConsolePollDoc,
  CreateMotionDto,
  CreatePollDto,
  MotionDoc,
  MyAnswerDoc,
  PollResultsDoc,
  PublicPollDoc,
  QuorumDoc,
  VotingListDoc,
  VotingMemberDoc,
} from '../generated/api';
import { liveCall } from '../live/live-call';

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


const enc = encodeURIComponent;

export const pollsApi = {
  list: (sessionId: string) => liveCall<'GET /sessions/{id}/polls'>('GET', `/sessions/${enc(sessionId)}/polls`),
  since: (sessionId: string, since: number) => liveCall<'GET /sessions/{id}/polls?since={since}'>('GET', `/sessions/${enc(sessionId)}/polls?since=${since}`),
  console: (sessionId: string) => liveCall<'GET /sessions/{id}/polls/console'>('GET', `/sessions/${enc(sessionId)}/polls/console`),
  create: (sessionId: string, body: CreatePollDto) => liveCall<'POST /sessions/{id}/polls'>('POST', `/sessions/${enc(sessionId)}/polls`, { body }),
  act: (pollId: string, verb: 'open' | 'close' | 'reveal' | 'conceal') => liveCall<`POST /polls/{id}/${typeof verb}`>('POST', `/polls/${enc(pollId)}/${verb}`),
  remove: (pollId: string) => liveCall<'DELETE /polls/{id}'>('DELETE', `/polls/${enc(pollId)}`),
  answer: (pollId: string, body: AnswerPollDto, change: boolean) =>
    change
      ? liveCall<'PUT /polls/{id}/answers/mine'>('PUT', `/polls/${enc(pollId)}/answers/mine`, { body })
      : liveCall<'POST /polls/{id}/answers'>('POST', `/polls/${enc(pollId)}/answers`, { body }),
  hideAnswer: (pollId: string, answerId: string, hidden: boolean) => liveCall<`POST /polls/{id}/answers/{answerId}/${'hide' | 'show'}`>('POST', `/polls/${enc(pollId)}/answers/${enc(answerId)}/${hidden ? 'hide' : 'show'}`),
  motions: (sessionId: string) => liveCall<'GET /sessions/{id}/motions'>('GET', `/sessions/${enc(sessionId)}/motions`),
  motionsSince: (sessionId: string, since: number) => liveCall<'GET /sessions/{id}/motions?since={since}'>('GET', `/sessions/${enc(sessionId)}/motions?since=${since}`),
  motionsConsole: (sessionId: string) => liveCall<'GET /sessions/{id}/motions/console'>('GET', `/sessions/${enc(sessionId)}/motions/console`),
  createMotion: (sessionId: string, body: CreateMotionDto) => liveCall<'POST /sessions/{id}/motions'>('POST', `/sessions/${enc(sessionId)}/motions`, { body }),
  actMotion: (motionId: string, verb: 'open' | 'close') => liveCall<`POST /motions/{id}/${typeof verb}`>('POST', `/motions/${enc(motionId)}/${verb}`),
  ballot: (motionId: string, choice: 'for' | 'against' | 'abstain', onBehalfOf?: string) => liveCall<'POST /motions/{id}/ballots'>('POST', `/motions/${enc(motionId)}/ballots`, { body: { choice, onBehalfOf } }),
};

/** The voting list of an event (organisers). */
export const votingApi = {
  list: (eventId: string) => liveCall<'GET /events/{id}/voting'>('GET', `/events/${enc(eventId)}/voting`),
  configure: (eventId: string, quorum: number) => liveCall<'PUT /events/{id}/voting'>('PUT', `/events/${enc(eventId)}/voting`, { body: { quorum } }),
  setMember: (eventId: string, personId: string, voting: boolean) => liveCall<'PUT /events/{id}/voting/members/{personId}'>('PUT', `/events/${enc(eventId)}/voting/members/${enc(personId)}`, { body: { voting } }),
  removeMember: (eventId: string, personId: string) => liveCall<'DELETE /events/{id}/voting/members/{personId}'>('DELETE', `/events/${enc(eventId)}/voting/members/${enc(personId)}`),
  setProxy: (eventId: string, memberId: string, proxyPersonId: string) => liveCall<'PUT /events/{id}/voting/proxies/{memberId}'>('PUT', `/events/${enc(eventId)}/voting/proxies/${enc(memberId)}`, { body: { proxyPersonId } }),
  removeProxy: (eventId: string, memberId: string) => liveCall<'DELETE /events/{id}/voting/proxies/{memberId}'>('DELETE', `/events/${enc(eventId)}/voting/proxies/${enc(memberId)}`),
};

export const pollsCsvUrl = (sessionId: string) => `/api/v1/sessions/${enc(sessionId)}/polls.csv`;
export const votesCsvUrl = (sessionId: string) => `/api/v1/sessions/${enc(sessionId)}/motions.csv`;

/** Members present and proxies of absent ones both vote, so the count is of ballots, not of those present. */
export const percent = (count: number, of: number) => (of ? Math.round((count / of) * 100) : 0);

export function labels(poll: Pick<Poll, 'kind' | 'options'>): string[] {
  return poll.kind === 'rating' ? ['1', '2', '3', '4', '5'] : poll.options;
}
