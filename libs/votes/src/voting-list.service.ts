import { Injectable } from '@nestjs/common';
import { EventsService, NetworkEvent } from '@convene/events';
import { PeopleService } from '@convene/identity';
import { CheckInService } from '@convene/registration';
import { DataSource, EntityManager } from 'typeorm';
import { ProxyDto, VotingSettingsDto } from './dto/votes.dto';
import { QuorumView, VotingListView, VotingMemberView } from './dto/votes.views';
import { InvalidVoting, VotingNotFound } from './votes.errors';
import { VotingBody } from './voting-body.entity';
import { VotingRepository } from './voting.repository';

/** The voting members of an event's body (per series, or per event), their proxies, and the quorum. */
@Injectable()
export class VotingListService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: VotingRepository,
    private readonly events: EventsService,
    private readonly checkIn: CheckInService,
    private readonly people: PeopleService,
  ) {}

  /** The body's members with who is in the room (checked in: registration's word) and their proxies. */
  async members(bodyId: string, eventId: string, tx?: EntityManager): Promise<VotingMemberView[]> {
    const listed = await this.repository.members(bodyId, eventId, tx);
    const people = listed.flatMap((member) => [
      { personId: member.personId, email: member.email },
      ...(member.proxyPersonId ? [{ personId: member.proxyPersonId, email: member.proxyEmail }] : []),
    ]);
    const present = await this.checkIn.checkedInAmong(eventId, people, tx);
    return listed.map((member) => ({
      personId: member.personId,
      name: member.name,
      organisation: member.organisation,
      voting: member.voting,
      present: present.has(member.personId),
      proxyPersonId: member.proxyPersonId,
      proxyName: member.proxyName,
      proxyPresent: member.proxyPersonId !== null && present.has(member.proxyPersonId),
    }));
  }

  /** Whether the person is checked in at the event. */
  async isPresent(eventId: string, personId: string, tx?: EntityManager): Promise<boolean> {
    const present = await this.checkIn.checkedInAmong(eventId, [{ personId, email: (await this.people.find(personId, tx))?.email ?? null }], tx);
    return present.has(personId);
  }

  async list(eventId: string): Promise<VotingListView> {
    const event = await this.events.get(eventId);
    const body = await this.repository.bodyFor(event);
    const members = body ? await this.members(body.id, event.id) : [];
    return { scope: scopeOf(body), series: body?.series ?? null, quorum: quorumOf(body, members), members };
  }

  async quorum(event: NetworkEvent): Promise<QuorumView> {
    const body = await this.repository.bodyFor(event);
    return quorumOf(body, body ? await this.members(body.id, event.id) : []);
  }

  /** Sets the quorum, making the list (for the event's series unless asked for the event alone). */
  async configure(eventId: string, input: VotingSettingsDto): Promise<VotingListView> {
    const event = await this.events.get(eventId);
    const scope = input.scope ?? (event.series ? 'series' : 'event');
    if (scope === 'series' && !event.series) throw new InvalidVoting('scope', 'This event belongs to no series: keep its voting list for the event');
    await this.dataSource.transaction(async (tx) => {
      const existing = scope === 'series' ? await tx.getRepository(VotingBody).findOneBy({ series: event.series as string }) : await tx.getRepository(VotingBody).findOneBy({ eventId: event.id });
      await this.repository.saveBody(tx, { ...(existing ?? {}), series: scope === 'series' ? event.series : null, eventId: scope === 'event' ? event.id : null, quorum: input.quorum });
    });
    return this.list(eventId);
  }

  async setMember(eventId: string, personId: string, voting: boolean): Promise<VotingListView> {
    const body = await this.bodyOrFail(eventId);
    if (!(await this.isActive(personId))) throw new VotingNotFound('No person has that id');
    await this.dataSource.transaction((tx) => this.repository.setMember(tx, body.id, personId, voting));
    return this.list(eventId);
  }

  async removeMember(eventId: string, personId: string): Promise<VotingListView> {
    const body = await this.bodyOrFail(eventId);
    const removed = await this.dataSource.transaction((tx) => this.repository.removeMember(tx, body.id, personId));
    if (!removed) throw new VotingNotFound('That person is not on the voting list');
    return this.list(eventId);
  }

  /** Names a voting member's proxy for this meeting: someone else, not themselves a proxy's member. */
  async setProxy(eventId: string, memberPersonId: string, input: ProxyDto): Promise<VotingListView> {
    const body = await this.bodyOrFail(eventId);
    const members = await this.members(body.id, eventId);
    const member = members.find((row) => row.personId === memberPersonId);
    if (!member?.voting) throw new InvalidVoting('memberPersonId', 'Only a voting member can name a proxy');
    if (input.proxyPersonId === memberPersonId) throw new InvalidVoting('proxyPersonId', 'A member cannot be their own proxy');
    if (!(await this.isActive(input.proxyPersonId))) throw new InvalidVoting('proxyPersonId', 'No person has that id');
    await this.dataSource.transaction((tx) => this.repository.setProxy(tx, eventId, memberPersonId, input.proxyPersonId));
    return this.list(eventId);
  }

  async removeProxy(eventId: string, memberPersonId: string): Promise<VotingListView> {
    await this.events.get(eventId);
    const removed = await this.dataSource.transaction((tx) => this.repository.removeProxy(tx, eventId, memberPersonId));
    if (!removed) throw new VotingNotFound('That member has no proxy for this meeting');
    return this.list(eventId);
  }

  /** Whether the person is known and not erased. */
  private async isActive(personId: string): Promise<boolean> {
    const person = await this.people.find(personId);
    return person !== null && !person.erasedAt;
  }

  private async bodyOrFail(eventId: string): Promise<VotingBody> {
    const event = await this.events.get(eventId);
    const body = await this.repository.bodyFor(event);
    if (!body) throw new VotingNotFound('This event has no voting list yet: set the quorum first (PUT .../voting)');
    return body;
  }
}

function scopeOf(body: VotingBody | null): 'series' | 'event' | null {
  return body ? (body.series ? 'series' : 'event') : null;
}

export function quorumOf(body: VotingBody | null, members: VotingMemberView[]): QuorumView {
  const voting = members.filter((member) => member.voting);
  const present = voting.filter((member) => member.present).length;
  const quorum = body?.quorum ?? 0;
  return { hasList: Boolean(body), scope: scopeOf(body), members: voting.length, present, quorum, quorate: Boolean(body) && present >= quorum };
}
