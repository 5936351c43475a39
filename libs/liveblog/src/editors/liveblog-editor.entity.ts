import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A person an organiser named to write a session's liveblog (the session's chair may without this). */
@Entity('liveblog_editors')
export class LiveblogEditor {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'added_by', type: 'uuid', nullable: true })
  addedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
