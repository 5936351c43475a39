import request from 'supertest';
import { bearer } from '../identity/identity-fixtures';
import { RunningApi } from '../support/api';
import { QaSession } from '../qa/qa-fixtures';

/** A poll prepared by the session's chair (a draft), opened unless `open` is false. */
export async function makePoll(api: RunningApi, qa: QaSession, body: Record<string, unknown>, open = true): Promise<{ id: string }> {
  const created = await request(api.url).post(`/api/v1/sessions/${qa.sessionId}/polls`).set(bearer(qa.chairToken)).send(body).expect(201);
  if (open) await request(api.url).post(`/api/v1/polls/${created.body.id}/open`).set(bearer(qa.chairToken)).expect(200);
  return { id: created.body.id };
}

export async function consolePoll(api: RunningApi, qa: QaSession, pollId: string) {
  const console = await request(api.url).get(`/api/v1/sessions/${qa.sessionId}/polls/console`).set(bearer(qa.chairToken)).expect(200);
  return (console.body.polls as Array<{ id: string; results: { respondents: number; counts: number[]; average: number | null; words: Array<{ text: string; count: number }> } }>).find(
    (poll) => poll.id === pollId,
  )!;
}

export const singleChoice = { question: 'Which should the network prioritise next year?', kind: 'single', options: ['Housing', 'Energy', 'Care'] };
