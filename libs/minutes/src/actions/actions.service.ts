import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, definedOnly } from '@convene/core';
import { EventsService } from '@convene/events';
import { NewPersonDto, OrganisationsService, PeopleDirectory, PeopleService } from '@convene/identity';
import { MailOutbox } from '@convene/notifications';
import { DataSource, EntityManager } from 'typeorm';
import { CreateActionDto, MarkActionDoneDto, UpdateActionDto } from '../dto/minutes.dto';
import { ActionView } from '../dto/minutes.views';
import { ActionNotFound, InvalidMinutes, MinutesForbidden } from '../minutes.errors';
import { MinutesAccess } from '../minutes/minutes-access';
import { MinutesService } from '../minutes/minutes.service';
import { ActionItem, ActionStatus } from './action-item.entity';
import { actionView } from './action-view';

/** Actions agreed at meetings: recorded with the minutes, carried forward until done. */
@Injectable()
export class ActionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly minutes: MinutesService,
    private readonly access: MinutesAccess,
    private readonly events: EventsService,
    private readonly directory: PeopleDirectory,
    private readonly people: PeopleService,
    private readonly organisations: OrganisationsService,
    private readonly outbox: MailOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Adds an action to draft minutes. A due date in the past is kept, and shows as overdue. An
   * owner who is a person (picked, or typed with an address) is mailed, and sees it under My actions.
   * An owner typed with an address takes the same statements and answer whether the address is
   * known or new: the answer shows what was typed, never whose address it is.
   */
  async add(minutesId: string, input: CreateActionDto, personId: string): Promise<ActionView> {
    let mail: string | null = null;
    const added = await this.dataSource.transaction(async (tx) => {
      const minutes = await this.minutes.editable(tx, minutesId, personId);
      if (input.itemKey && !minutes.content.items.some((item) => item.key === input.itemKey)) {
        throw new InvalidMinutes('itemKey', 'These minutes have no item with that key');
      }
      const ownerPersonId = input.owner ? await this.directory.linkAddress(tx, input.owner) : (input.ownerPersonId ?? null);
      const ownerName = input.ownerName ?? (input.owner ? asTyped(input.owner) : await this.ownerName(ownerPersonId, input.ownerOrganisationId ?? null, tx));
      const repo = tx.getRepository(ActionItem);
      const action = await repo.save(
        repo.create({
          minutesId,
          itemKey: input.itemKey ?? null,
          description: input.description,
          ownerPersonId,
          ownerOrganisationId: input.ownerOrganisationId ?? null,
          ownerTyped: Boolean(input.owner),
          ownerName,
          dueDate: input.dueDate ?? null,
          status: ActionStatus.Open,
        }),
      );
      if (ownerPersonId) mail = await this.mailOwner(tx, action, minutes.content.title);
      return actionView(action);
    });
    await this.outbox.dispatch([mail]);
    return added;
  }

  private async mailOwner(tx: EntityManager, action: ActionItem, meeting: string): Promise<string | null> {
    const owner = action.ownerPersonId ? await this.people.find(action.ownerPersonId, tx) : null;
    if (!owner?.email || owner.erasedAt) return null;
    return this.outbox.record(tx, {
      kind: 'action-assigned',
      recipient: owner.email,
      templateData: { name: owner.name, meeting, description: action.description, dueDate: action.dueDate, link: `${this.config.publicUrl}/my-actions` },
      dedupeKey: `action-assigned:${action.id}:${owner.email}`,
    });
  }

  /** Changes an action of draft minutes. */
  async update(actionId: string, input: UpdateActionDto, personId: string): Promise<ActionView> {
    return this.dataSource.transaction(async (tx) => {
      const action = await this.find(actionId);
      await this.minutes.editable(tx, action.minutesId, personId);
      const changed = { ...action, ...definedOnly(input) } as ActionItem;
      if (input.status === ActionStatus.Open) Object.assign(changed, { doneAt: null, doneBy: null, doneNote: null });
      if (input.status === ActionStatus.Done && action.status !== ActionStatus.Done) Object.assign(changed, { doneAt: new Date(), doneBy: personId });
      return actionView(await tx.getRepository(ActionItem).save(changed));
    });
  }

  /**
   * Marks an action done with a note: its owner, or whoever may edit its minutes (even once
   * approved). `at`: when it was done, for a past meeting's action recorded after the fact; now otherwise.
   */
  async markDone(actionId: string, input: MarkActionDoneDto, personId: string, at = new Date()): Promise<ActionView> {
    const action = await this.find(actionId);
    if (!(await this.isOwner(action, personId))) {
      const minutes = await this.minutes.find(action.minutesId);
      if (!(await this.access.canEdit(minutes, personId))) throw new MinutesForbidden('Only the action’s owner or the minute-taker may mark it done');
    }
    const repo = this.dataSource.getRepository(ActionItem);
    await repo.update({ id: actionId }, { status: ActionStatus.Done, doneNote: input.note ?? null, doneAt: at, doneBy: personId });
    return actionView(await this.find(actionId));
  }

  /**
   * Open actions owned by the person or their organisation, soonest due first. The person is the
   * signed-in one, as identity read them for this request: their organisation comes with them.
   */
  async openFor(person: { id: string; organisationId: string | null }): Promise<ActionView[]> {
    const rows: Array<ActionItem & { minutesTitle: string }> = await this.dataSource
      .getRepository(ActionItem)
      .createQueryBuilder('a')
      .innerJoin('minutes', 'm', 'm.id = a.minutes_id')
      .addSelect(`m.content->>'title'`, 'minutes_title')
      .where('a.status = :open', { open: ActionStatus.Open })
      .andWhere(person.organisationId ? '(a.owner_person_id = :personId OR a.owner_organisation_id = :organisationId)' : 'a.owner_person_id = :personId', {
        personId: person.id,
        organisationId: person.organisationId,
      })
      .orderBy('a.due_date', 'ASC', 'NULLS LAST')
      .addOrderBy('a.created_at', 'ASC')
      .limit(500)
      .getRawAndEntities()
      .then(({ entities, raw }) => entities.map((entity, index) => ({ ...entity, minutesTitle: (raw[index] as { minutes_title: string }).minutes_title })));
    return rows.map(actionView);
  }

  private async find(id: string): Promise<ActionItem> {
    const action = await this.dataSource.getRepository(ActionItem).findOneBy({ id });
    if (!action) throw new ActionNotFound();
    return action;
  }

  private async isOwner(action: ActionItem, personId: string): Promise<boolean> {
    if (action.ownerPersonId === personId) return true;
    if (!action.ownerOrganisationId) return false;
    return (await this.people.find(personId))?.organisationId === action.ownerOrganisationId;
  }

  private async ownerName(personId: string | null, organisationId: string | null, tx: EntityManager = this.dataSource.manager): Promise<string | null> {
    if (personId) {
      const person = await this.people.find(personId, tx);
      if (!person) throw new InvalidMinutes('ownerPersonId', 'No person has that id');
      return person.organisation ? `${person.name} (${person.organisation.name})` : person.name;
    }
    if (organisationId) {
      const organisation = await this.organisations.find(organisationId);
      if (!organisation) throw new InvalidMinutes('ownerOrganisationId', 'No organisation has that id');
      return organisation.name;
    }
    return null;
  }
}

/** An owner typed with an address, as typed: "Jo Bloggs", or "Jo Bloggs (Lambeth Council)". */
function asTyped(owner: NewPersonDto): string {
  return owner.organisation ? `${owner.name} (${owner.organisation})` : owner.name;
}
