import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The polls' audit trail: who prepared, opened, closed, revealed what, and the counts at close. Never updated. */
@Entity('poll_actions')
@Index('poll_actions_session', ['sessionId', 'at'])
export class PollAction {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Column({ name: 'poll_id', type: 'uuid', nullable: true })
  pollId: string | null;

  @Column({ name: 'actor_person_id', type: 'uuid', nullable: true })
  actorPersonId: string | null;

  /** create, edit, delete, open, close, reveal, conceal, hide-answer, show-answer */
  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'jsonb', nullable: true })
  detail: Record<string, unknown> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
