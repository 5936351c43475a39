import { AgendaPublication } from './agenda/agenda-publication.entity';
import { AgendaSession } from './agenda/agenda-session.entity';
import { SessionSpeaker } from './agenda/session-speaker.entity';
import { EventOrganiser } from './events/event-organiser.entity';
import { NetworkEvent } from './events/event.entity';

export const EVENTS_ENTITIES = [NetworkEvent, EventOrganiser, AgendaSession, SessionSpeaker, AgendaPublication];
