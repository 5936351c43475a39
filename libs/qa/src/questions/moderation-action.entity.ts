import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The audit trail: every moderation action, who took it and when. Never updated. */
@Entity('qa_moderation_actions')
@Index('qa_moderation_actions_session', ['sessionId', 'at'])
export class ModerationAction {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  /** Null for actions on the session's Q&A as a whole (settings, floor). */
  @Column({ name: 'question_id', type: 'uuid', nullable: true })
  questionId: string | null;

  @Column({ name: 'actor_person_id', type: 'uuid', nullable: true })
  actorPersonId: string | null;

  /** approve, hide, edit, merge, answering, answered, reopen, settings, floor-next, ... */
  @Column({ type: 'text' })
  action: string;

  /** What changed: a reason, the text before an edit, the merge target, the new settings. */
  @Column({ type: 'jsonb', nullable: true })
  detail: Record<string, unknown> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
