import { AgendaSession } from '@convene/events';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** The last sequence number handed out for one session's stream ('qa', 'floor', 'liveblog'). */
@Entity('live_streams')
export class LiveStream {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @PrimaryColumn({ type: 'text' })
  stream: string;

  @Column({ name: 'last_seq', type: 'integer' })
  lastSeq: number;

  @ManyToOne(() => AgendaSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: AgendaSession;
}

/** One change of a session's live stream, kept so any client can catch up with `?since=N`. */
@Entity('live_changes')
export class LiveChangeRow {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @PrimaryColumn({ type: 'text' })
  stream: string;

  @PrimaryColumn({ type: 'integer' })
  seq: number;

  @Column({ type: 'text' })
  type: string;

  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => LiveStream, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'session_id', referencedColumnName: 'sessionId' },
    { name: 'stream', referencedColumnName: 'stream' },
  ])
  streamRow?: LiveStream;
}
