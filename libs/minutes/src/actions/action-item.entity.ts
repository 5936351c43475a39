import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum ActionStatus {
  Open = 'open',
  Done = 'done',
}

/** Something someone agreed to do at a meeting; carried to the next meeting of the series until done. */
@Entity('minutes_actions')
@Index('minutes_actions_minutes', ['minutesId'])
@Index('minutes_actions_owner_person', ['ownerPersonId', 'status'])
export class ActionItem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'minutes_id', type: 'uuid' })
  minutesId: string;

  /** The item it was agreed under (MinutesItem.key), if any. */
  @Column({ name: 'item_key', type: 'text', nullable: true })
  itemKey: string | null;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'owner_person_id', type: 'uuid', nullable: true })
  ownerPersonId: string | null;

  @Column({ name: 'owner_organisation_id', type: 'uuid', nullable: true })
  ownerOrganisationId: string | null;

  /**
   * The owner was typed with an address: ownerPersonId is whoever holds it, for their mail and My
   * actions, but the minute-takers see only what they typed (see actionView).
   */
  @Column({ name: 'owner_typed', type: 'boolean', default: false })
  ownerTyped: boolean;

  /** The owner as written ("Lambeth officers"), as typed with an address, or the person's or organisation's name. */
  @Column({ name: 'owner_name', type: 'text', nullable: true })
  ownerName: string | null;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate: string | null;

  @Column({ type: 'enum', enum: ActionStatus, enumName: 'action_status', default: ActionStatus.Open })
  status: ActionStatus;

  @Column({ name: 'done_note', type: 'text', nullable: true })
  doneNote: string | null;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  @Column({ name: 'done_by', type: 'uuid', nullable: true })
  doneBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
