// The demo's published minutes: those of the Lambeth Citizens' Commission (11 October 2010), as
// its secretariat recorded them. Who was present comes from the event's programme (demo-events.ts).

import { SpeakerRole } from '@convene/events';

export interface DemoMinutes {
  /** The slug of an event in DEMO_EVENTS. */
  event: string;
  /** The category in Present of someone with each role on the programme; a commissioner anywhere is a commissioner. */
  categoryByRole: Record<SpeakerRole, string>;
  /** Agreed under the last item. */
  decisions: string[];
  /** An action on the last item, for the note-taker, done before the next meeting. */
  action: { description: string; dueDate: string; doneNote: string; doneAt: string };
  approvedAt: string;
  publishedAt: string;
}

export const DEMO_MINUTES: DemoMinutes = {
  event: 'lambeth-citizens-commission-2010-10-11',
  categoryByRole: {
    [SpeakerRole.Chair]: 'commissioner',
    [SpeakerRole.Panellist]: 'commissioner',
    [SpeakerRole.Speaker]: 'delegate',
    [SpeakerRole.Facilitator]: 'officer',
    [SpeakerRole.NoteTaker]: 'officer',
  },
  decisions: ['The Commission would draw up its recommendations on trust, commissioning and involving residents and staff for its next meeting.'],
  action: {
    description: 'Circulate the departments’ initial statements to all commissioners before the next meeting',
    dueDate: '2010-10-25',
    doneNote: 'Circulated by email on 20 October',
    doneAt: '2010-10-20T10:00:00Z',
  },
  approvedAt: '2010-11-08T12:00:00Z',
  publishedAt: '2010-11-09T09:00:00Z',
};
