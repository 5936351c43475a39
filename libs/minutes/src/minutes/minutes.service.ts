import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, hashLinkSecret, newLinkSecret } from '@convene/core';
import { AgendaService, AgendaSessionView, EventsService, NetworkEvent, Viewer, eventInLanguage, sessionInLanguage } from '@convene/events';
import { PeopleService } from '@convene/identity';
import { MailOutbox } from '@convene/notifications';
import { ApologyService, RegistrationReads } from '@convene/registration';
import type { Language } from '@convene/i18n';
import { createTwoFilesPatch } from 'diff';
import { DataSource, EntityManager } from 'typeorm';
import { AttendanceCandidateView, MinutesMailedView, MinutesView } from '../dto/minutes.views';
import { actionView } from '../actions/action-view';
import { MinutesDocument, minutesLanguages, minutesMarkdown } from '../export/minutes-document';
import { InvalidMinutes, MinutesForbidden, MinutesNotFound, MinutesWrongStatus, StaleMinutesVersion } from '../minutes.errors';
import { withPollsAndDecisions } from '../record/polls-and-votes';
import { SessionRecordReader } from '../record/session-record.reader';
import { draftContent, withoutItemNumber } from './draft-content';
import { MinutesAccess } from './minutes-access';
import { MinutesContent } from './minutes-content';
import { Minutes, MinutesStatus } from './minutes.entity';
import { MinutesRepository, presentRefs } from './minutes.repository';
import { meetingDate, meetingTime } from './meeting-time';

function withoutPresentRefs(content: MinutesContent): MinutesContent {
  return {
    ...content,
    present: (content.present ?? []).map((group) => ({ ...group, people: group.people.map(({ name, affiliation }) => ({ name, affiliation })) })),
  };
}

/** Minutes from first draft to publication: drafting from the record, saving with versions, approval. */
@Injectable()
export class MinutesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: MinutesRepository,
    private readonly access: MinutesAccess,
    private readonly events: EventsService,
    private readonly agenda: AgendaService,
    private readonly apologies: ApologyService,
    private readonly registrationReads: RegistrationReads,
    private readonly record: SessionRecordReader,
    private readonly outbox: MailOutbox,
    private readonly people: PeopleService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Drafts minutes for the event (or one of its sessions) from what was recorded. */
  async create(eventId: string, sessionId: string | null, personId: string, language: Language): Promise<MinutesView> {
    const event = await this.events.get(eventId);
    if (sessionId) {
      const session = await this.agenda.getSession(sessionId).catch(() => null);
      if (!session || session.eventId !== eventId) throw new InvalidMinutes('sessionId', 'That session is not on this event’s agenda');
    }
    if (!(await this.access.canCreate(eventId, sessionId, personId))) {
      throw new MinutesForbidden('Only the event organisers, or the session’s note-taker or chair, may draft minutes');
    }
    const content = await this.draft(event, sessionId, language);
    const minutes = await this.dataSource.transaction(async (tx) => {
      const saved = await this.repository.save(tx, { eventId, sessionId, status: MinutesStatus.Draft, version: 1, content, language, createdBy: personId });
      await this.repository.addRevision(tx, { minutesId: saved.id, version: 1, content, savedBy: personId, reason: 'drafted' });
      return saved;
    });
    return this.view(minutes, personId);
  }

  /**
   * The first draft's content, its own words in `language`, or in Welsh then English for a
   * bilingual event (as its exports are headed); public for the benchmark.
   */
  async draft(event: NetworkEvent, sessionId: string | null, language: Language = 'en'): Promise<MinutesContent> {
    const published = await this.agenda.publishedAgenda(event);
    const agenda = published.version > 0 ? published : await this.agenda.agenda(event);
    const sessions: AgendaSessionView[] = agenda.days.flatMap((day) => day.sessions).filter((session) => !sessionId || session.id === sessionId);
    const ids = sessions.map((session) => session.id);
    const [attendees, apologies, questions, floor, keyMoments, mattersArising, pollsAndDecisions] = await Promise.all([
      this.registrationReads.checkedIn(event.id),
      this.apologies.ofEvent(event.id),
      this.record.answeredQuestions(ids),
      this.record.floorSpeakers(ids),
      this.record.keyMoments(ids),
      event.series && !sessionId ? this.repository.openActionsOfSeriesBefore(event.series, event.startsAt, event.id, event.timeZone) : Promise.resolve([]),
      this.record.pollsAndDecisions(ids),
    ]);
    const session = sessionId ? sessions[0] : null;
    const startsAt = session ? new Date(session.startsAt) : event.startsAt;
    const endsAt = session ? new Date(session.endsAt) : event.endsAt;
    // Minutes in Welsh take the Welsh of what the organisers wrote, where they gave it; a
    // bilingual event's take both, Welsh first ("Fforwm Caerdydd / Cardiff Forum"), once where they are the same.
    const languages = minutesLanguages(language, event.bilingual);
    const inEach = (wording: (language: Language) => string | null | undefined) => [...new Set(languages.map(wording).filter(Boolean))].join(' / ') || null;
    const sessionTitle = (item: AgendaSessionView, language: Language) => sessionInLanguage(item, language).title;
    const content = draftContent({
      title: inEach((language) => (session ? `${eventInLanguage(event, language).title}: ${sessionTitle(session, language)}` : eventInLanguage(event, language).title)) ?? event.title,
      place: inEach((language) => [session && sessionInLanguage(session, language).room, eventInLanguage(event, language).venue].filter(Boolean).join(', ')),
      date: inEach((language) => meetingDate(startsAt, event.timeZone, language)) ?? '',
      time: inEach((language) => meetingTime(startsAt, endsAt, event.timeZone, language)) ?? '',
      attendees,
      apologies: apologies.map((apology) => ({ name: apology.name, organisation: apology.organisationName })),
      sessions: sessions.map((item) => ({ id: item.id, title: inEach((language) => withoutItemNumber(sessionTitle(item, language))) ?? item.title, kind: item.kind, speakers: item.speakers })),
      questions,
      floor,
      keyMoments,
      mattersArising,
      languages,
    });
    return { ...content, items: withPollsAndDecisions(content.items, pollsAndDecisions, languages) };
  }

  /** `key`: the private link of a circulation mail, for those without an account. */
  async get(id: string, viewer: Viewer | null, key: string | null = null): Promise<MinutesView> {
    const minutes = await this.find(id);
    const reader = await this.access.assertReader(minutes, viewer, key);
    const view = await this.view(minutes, viewer?.personId ?? null);
    return reader.readerLink ? { ...view, readerName: reader.readerLink.name } : view;
  }

  /** Whom the minute-taker may record as present: the event's confirmed registrations, then people of the network. */
  async attendanceCandidates(id: string, q: string, personId: string): Promise<AttendanceCandidateView[]> {
    const minutes = await this.find(id);
    await this.access.assertEditor(minutes, personId);
    return this.repository.attendanceCandidates(minutes.eventId, q, 20);
  }

  /** The event's minutes the viewer may see. */
  async ofEvent(eventId: string, viewer: Viewer | null): Promise<MinutesView[]> {
    await this.events.get(eventId);
    const views: MinutesView[] = [];
    for (const minutes of await this.repository.ofEvent(eventId)) {
      const allowed = await this.access.assertReader(minutes, viewer).then(
        () => true,
        () => false,
      );
      if (allowed) views.push(await this.view(minutes, viewer?.personId ?? null));
    }
    return views;
  }

  /** Saves the text if it was edited from the current version; each save is kept as a revision. */
  /** `language`: what they are written in, when it changes. */
  async save(id: string, version: number, content: MinutesContent, personId: string, autosave = false, language?: Language): Promise<MinutesView> {
    assertItemKeysUnique(content);
    const minutes = await this.dataSource.transaction(async (tx) => {
      const current = await this.editable(tx, id, personId);
      if (current.version !== version) throw new StaleMinutesVersion(current.version, current.content);
      return this.newVersion(tx, language ? { ...current, language } : current, content, personId, autosave ? 'autosaved' : 'saved');
    });
    return this.view(minutes, personId);
  }

  async revisions(id: string, personId: string) {
    await this.access.assertEditor(await this.find(id), personId);
    return this.repository.revisions(id);
  }

  /** A unified diff of two revisions, as Markdown. */
  async diff(id: string, from: number, to: number, personId: string): Promise<{ from: number; to: number; patch: string }> {
    const minutes = await this.find(id);
    await this.access.assertEditor(minutes, personId);
    const [older, newer] = await Promise.all([this.repository.revision(id, from), this.repository.revision(id, to)]);
    if (!older || !newer) throw new InvalidMinutes(older ? 'to' : 'from', 'These minutes have no such revision');
    const text = (content: MinutesContent) => minutesMarkdown({ content, actions: [], status: 'revision', approvedAt: null, approvedByName: null, languages: [minutes.language] });
    return { from, to, patch: createTwoFilesPatch(`version ${from}`, `version ${to}`, text(older.content), text(newer.content), undefined, undefined, { context: 2 }) };
  }

  /** Makes an old revision's text current again, as a new revision. */
  async restore(id: string, revisionVersion: number, expectedVersion: number, personId: string): Promise<MinutesView> {
    const revision = await this.repository.revision(id, revisionVersion);
    if (!revision) throw new InvalidMinutes('version', 'These minutes have no such revision');
    const minutes = await this.dataSource.transaction(async (tx) => {
      const current = await this.editable(tx, id, personId);
      if (current.version !== expectedVersion) throw new StaleMinutesVersion(current.version, current.content);
      return this.newVersion(tx, current, revision.content, personId, `restored version ${revisionVersion}`);
    });
    return this.view(minutes, personId);
  }

  /**
   * Sends the draft to those present (checked in, or recorded by hand) for corrections, each
   * with their own private link to it (most have no account). Circulating again mails only
   * those added since. Says how many were mailed now, and how many are present with an address.
   */
  async circulate(id: string, personId: string): Promise<MinutesMailedView> {
    const mails: Array<string | null> = [];
    let recipients = 0;
    const minutes = await this.dataSource.transaction(async (tx) => {
      const current = await this.editable(tx, id, personId);
      const present = await this.repository.presentRecipients(tx, current.eventId, presentRefs(current.content));
      recipients = present.length;
      for (const recipient of present) {
        const secret = newLinkSecret();
        if (!(await this.repository.addReaderLink(tx, { minutesId: id, tokenHash: hashLinkSecret(secret), ...recipient }))) continue;
        mails.push(
          await this.outbox.record(tx, {
            kind: 'minutes-circulated',
            recipient: recipient.email,
            templateData: {
              name: recipient.name,
              eventTitle: current.content.title,
              when: current.content.date,
              venue: current.content.place,
              link: `${this.link(id)}?key=${encodeURIComponent(secret)}`,
            },
            dedupeKey: `minutes-circulated:${id}:${recipient.email}`,
          }),
        );
      }
      return this.repository.save(tx, { ...current, circulatedAt: current.circulatedAt ?? new Date() });
    });
    await this.outbox.dispatch(mails);
    return { ...(await this.view(minutes, personId)), mailed: mails.filter(Boolean).length, recipients };
  }

  /**
   * The chair or an organiser approves: the text is frozen from now on. `at`: when, for minutes
   * of a past meeting recorded after the fact (the demo's); now otherwise.
   */
  async approve(id: string, personId: string, at = new Date()): Promise<MinutesView> {
    const minutes = await this.dataSource.transaction(async (tx) => {
      const current = await this.locked(tx, id);
      if (!(await this.access.canApprove(current, personId))) {
        throw new MinutesForbidden('Only the chair or an organiser of the event may approve minutes');
      }
      if (current.status !== MinutesStatus.Draft) throw new MinutesWrongStatus(`These minutes are already ${current.status}`);
      return this.repository.save(tx, { ...current, status: MinutesStatus.Approved, approvedBy: personId, approvedAt: at });
    });
    return this.view(minutes, personId);
  }

  /**
   * Makes approved minutes visible to the event's audience and mails a link to those present and
   * those who sent apologies, once each. `at`: when, as for approve.
   */
  async publish(id: string, personId: string, at = new Date()): Promise<MinutesMailedView> {
    const mails: Array<string | null> = [];
    let recipients = 0;
    const minutes = await this.dataSource.transaction(async (tx) => {
      const current = await this.locked(tx, id);
      if (!(await this.access.canApprove(current, personId))) {
        throw new MinutesForbidden('Only the chair or an organiser of the event may publish minutes');
      }
      if (current.status === MinutesStatus.Draft) throw new MinutesWrongStatus('Minutes must be approved before they are published');
      if (current.status === MinutesStatus.Published) return current;
      const link = this.link(id);
      const everyone = await this.repository.publicationRecipients(tx, current.eventId, presentRefs(current.content));
      recipients = everyone.length;
      for (const recipient of everyone) {
        mails.push(
          await this.outbox.record(tx, {
            kind: 'minutes-published',
            recipient: recipient.email,
            templateData: { name: recipient.name, eventTitle: current.content.title, when: current.content.date, venue: current.content.place, link },
            dedupeKey: `minutes-published:${id}:${recipient.email}`,
          }),
        );
      }
      return this.repository.save(tx, { ...current, status: MinutesStatus.Published, publishedBy: personId, publishedAt: at });
    });
    await this.outbox.dispatch(mails);
    return { ...(await this.view(minutes, personId)), mailed: mails.filter(Boolean).length, recipients };
  }

  /** What the exports need. */
  async document(id: string, viewer: Viewer | null, key: string | null = null): Promise<{ document: MinutesDocument; event: NetworkEvent }> {
    const view = await this.get(id, viewer, key);
    const event = await this.events.get(view.eventId);
    return { document: { ...view, languages: minutesLanguages(view.language, event.bilingual) }, event };
  }

  link(id: string): string {
    return `${this.config.publicUrl}/minutes/${id}`;
  }

  apiUrl(id: string): string {
    return `${this.config.publicUrl}/api/v1/minutes/${id}`;
  }

  async find(id: string): Promise<Minutes> {
    const minutes = await this.repository.findById(id);
    if (!minutes) throw new MinutesNotFound();
    return minutes;
  }

  /** Locks the minutes for a change by an editor while they are a draft. */
  async editable(tx: EntityManager, id: string, personId: string): Promise<Minutes> {
    const current = await this.locked(tx, id);
    await this.access.assertEditor(current, personId);
    if (current.status !== MinutesStatus.Draft) {
      throw new MinutesWrongStatus(`These minutes were ${current.status === MinutesStatus.Approved ? 'approved' : 'published'} and are frozen: they can no longer be changed`);
    }
    return current;
  }

  async newVersion(tx: EntityManager, current: Minutes, content: MinutesContent, personId: string, reason: string): Promise<Minutes> {
    const version = current.version + 1;
    await this.repository.addRevision(tx, { minutesId: current.id, version, content, savedBy: personId, reason });
    return this.repository.save(tx, { ...current, version, content });
  }

  private async locked(tx: EntityManager, id: string): Promise<Minutes> {
    const minutes = await this.repository.lockById(tx, id);
    if (!minutes) throw new MinutesNotFound();
    return minutes;
  }

  async view(minutes: Minutes, personId: string | null): Promise<MinutesView> {
    const [actions, approver, canEdit, canApprove] = await Promise.all([
      this.repository.actionsOf(minutes.id),
      minutes.approvedBy ? this.people.find(minutes.approvedBy) : Promise.resolve(null),
      personId ? this.access.canEdit(minutes, personId) : Promise.resolve(false),
      personId ? this.access.canApprove(minutes, personId) : Promise.resolve(false),
    ]);
    return {
      id: minutes.id,
      eventId: minutes.eventId,
      sessionId: minutes.sessionId,
      status: minutes.status,
      version: minutes.version,
      // Who was recorded present by hand is for the editors: readers get the names.
      content: canEdit ? minutes.content : withoutPresentRefs(minutes.content),
      language: minutes.language,
      actions: actions.map(actionView),
      createdBy: minutes.createdBy,
      circulatedAt: minutes.circulatedAt,
      approvedBy: minutes.approvedBy,
      approvedByName: approver?.name ?? null,
      approvedAt: minutes.approvedAt,
      publishedAt: minutes.publishedAt,
      createdAt: minutes.createdAt,
      updatedAt: minutes.updatedAt,
      url: this.link(minutes.id),
      canEdit: canEdit && minutes.status === MinutesStatus.Draft,
      canApprove,
    };
  }
}

function assertItemKeysUnique(content: MinutesContent): void {
  const keys = content.items.map((item) => item.key);
  if (new Set(keys).size !== keys.length) throw new InvalidMinutes('content.items', 'Two items have the same key');
}
