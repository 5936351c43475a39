// Calls the API does not answer, each of which must fail `npm run typecheck` (nothing imports this
// file, so none of it is built): a @ts-expect-error whose call compiles fails the typecheck itself.
import { apiCall } from './api-base';
import type { PollChangesDoc, PollListDoc, UpdateOrganisationDto } from './generated/api';

export function callsTheApiRefuses(id: string, change: UpdateOrganisationDto): void {
  // @ts-expect-error a route the API does not have
  void apiCall<'GET /event/{idOrSlug}'>('GET', `/event/${id}`);
  // @ts-expect-error the route is a GET
  void apiCall<'GET /events/{idOrSlug}'>('POST', `/events/${id}`);
  // @ts-expect-error a path that is not the named route's
  void apiCall<'GET /events/{idOrSlug}/agenda'>('GET', `/events/${id}/agendas`);
  // @ts-expect-error a call names its route: with none it takes no method
  void apiCall('GET', '/me');
  // @ts-expect-error adding an organisation needs its name and kind, not a change's optional fields
  void apiCall<'POST /admin/organisations'>('POST', '/admin/organisations', { body: change });
  // @ts-expect-error approving access takes no body
  void apiCall<'POST /access-requests/{id}/approve'>('POST', `/access-requests/${id}/approve`, { body: {} });
  // @ts-expect-error the answer is the signed-in person, whose id is a string
  const person: Promise<{ id: number }> = apiCall<'GET /me'>('GET', '/me');
  void person;
}

export function eachQueryItsAnswer(id: string): void {
  const list: Promise<PollListDoc> = apiCall<'GET /sessions/{id}/polls'>('GET', `/sessions/${id}/polls`);
  const changes: Promise<PollChangesDoc> = apiCall<'GET /sessions/{id}/polls?since={since}'>('GET', `/sessions/${id}/polls?since=4`);
  // @ts-expect-error ?since= answers the changes after it, not the list
  const notTheList: Promise<PollListDoc> = apiCall<'GET /sessions/{id}/polls?since={since}'>('GET', `/sessions/${id}/polls?since=4`);
  // @ts-expect-error the route named by its query needs that query in the path
  void apiCall<'GET /sessions/{id}/polls?since={since}'>('GET', `/sessions/${id}/polls`);
  void [list, changes, notTheList];
}
