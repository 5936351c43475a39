import { INestApplicationContext } from '@nestjs/common';
import { AgendaService, EventsService, SpeakerRole } from '@convene/events';
import { ActionsService, AttendeeRecord, CreateActionDto, MarkActionDoneDto, MinutesService, presentGroups } from '@convene/minutes';
import { DEMO_PEOPLE } from './demo-data';
import { DEMO_EVENT_PEOPLE, DEMO_EVENTS } from './demo-events';
import { DEMO_MINUTES } from './demo-minutes';
import { validDto } from './valid-dto';

/**
 * The demo's published minutes, made as the secretariat would make them, through the minutes
 * services: an organiser drafts them from the agenda, records who was present (the programme's
 * people by name and role), opens each item with its session's description, records the decision
 * and an action (which mails its owner, the note-taker: with no SMTP_URL, to a .eml file, as any
 * mail); the chair approves and publishes them (nobody checked in, and those present are names
 * only, so publishing mails no one, as the product would); the note-taker marks the action done.
 * The dates are the meeting's, from the data: the services take them for a meeting recorded after the fact.
 */
export async function seedDemoMinutes(app: INestApplicationContext, personIdByEmail: Map<string, string>, organiserId: string): Promise<number> {
  const demo = DEMO_EVENTS.find((event) => event.slug === DEMO_MINUTES.event);
  if (!demo) throw new Error(`The demo's minutes are of ${DEMO_MINUTES.event}, which is not one of the demo's events`);
  const events = app.get(EventsService, { strict: false });
  const agenda = app.get(AgendaService, { strict: false });
  const minutes = app.get(MinutesService, { strict: false });
  const actions = app.get(ActionsService, { strict: false });
  const event = await events.find(demo.slug);

  const programme = demo.sessions.flatMap((session) => session.speakers);
  const personOf = (role: SpeakerRole) => programme.find((speaker) => speaker.role === role);
  const [chair, noteTaker] = [personOf(SpeakerRole.Chair), personOf(SpeakerRole.NoteTaker) ?? personOf(SpeakerRole.Chair)];
  if (!chair || !noteTaker) throw new Error(`The demo's ${demo.slug} has no chair to approve its minutes`);
  const idOf = (email: string) => personIdByEmail.get(email) as string;

  const drafted = await minutes.create(event.id, null, organiserId, 'en');
  const descriptions = new Map((await agenda.agenda(event)).days.flatMap((day) => day.sessions).map((session) => [session.id, session.description]));
  const items = drafted.content.items.map((item) => ({ ...item, body: [item.sessionId && descriptions.get(item.sessionId), item.body].filter(Boolean).join('\n\n') }));
  const lastItem = items[items.length - 1];
  lastItem.decisions = DEMO_MINUTES.decisions;
  const saved = await minutes.save(drafted.id, drafted.version, { ...drafted.content, present: presentGroups(presentFrom(programme)), items }, organiserId);

  const ownerName = demoPeople().get(noteTaker.email)?.name;
  const action = await actions.add(
    saved.id,
    await validDto(CreateActionDto, { itemKey: lastItem.key, description: DEMO_MINUTES.action.description, ownerPersonId: idOf(noteTaker.email), ownerName, dueDate: DEMO_MINUTES.action.dueDate }),
    organiserId,
  );
  await minutes.approve(saved.id, idOf(chair.email), new Date(DEMO_MINUTES.approvedAt));
  await minutes.publish(saved.id, idOf(chair.email), new Date(DEMO_MINUTES.publishedAt));
  await actions.markDone(action.id, await validDto(MarkActionDoneDto, { note: DEMO_MINUTES.action.doneNote }), idOf(noteTaker.email), new Date(DEMO_MINUTES.action.doneAt));
  return 1;
}

/** Everyone on the programme once, in the category of their role (in the order of SpeakerRole: a chair before a note-taker). */
function presentFrom(programme: Array<{ email: string; role: SpeakerRole }>): AttendeeRecord[] {
  const people = demoPeople();
  const roles = Object.values(SpeakerRole);
  const byRole = [...programme].sort((a, b) => roles.indexOf(a.role) - roles.indexOf(b.role));
  const present = new Map<string, AttendeeRecord>();
  for (const speaker of byRole) {
    const category = DEMO_MINUTES.categoryByRole[speaker.role];
    const person = people.get(speaker.email);
    if (!person || (present.has(speaker.email) && category !== 'commissioner')) continue;
    present.set(speaker.email, { name: person.name, jobTitle: person.jobTitle, organisation: person.organisation, category });
  }
  return [...present.values()];
}

function demoPeople(): Map<string, { name: string; jobTitle: string | null; organisation: string | null }> {
  return new Map([...DEMO_PEOPLE, ...DEMO_EVENT_PEOPLE].map((person) => [person.email, person]));
}
