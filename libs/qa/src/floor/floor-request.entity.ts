import { AgendaSession } from '@convene/events';
import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum FloorRequestStatus {
  Waiting = 'waiting',
  Speaking = 'speaking',
  Spoke = 'spoke',
  /** Withdrawn by the delegate or removed by the chair. */
  Withdrawn = 'withdrawn',
}

/** "I'd like to speak": a delegate in the chair's queue. The minutes read this table: keep its columns. */
@Entity('qa_floor_requests')
@Index('qa_floor_requests_session', ['sessionId', 'status', 'position'])
@Index('qa_floor_requests_one_waiting', ['sessionId', 'requesterKey'], { unique: true, where: `status IN ('waiting', 'speaking') AND requester_key <> ''` })
export class FloorRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey(() => AgendaSession, { onDelete: 'CASCADE' })
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  organisation: string | null;

  @Column({ type: 'text', nullable: true })
  topic: string | null;

  /** The participant who asked; '' on rows written by other means. */
  @Column({ name: 'requester_key', type: 'text', default: '' })
  requesterKey: string;

  @Column({ type: 'enum', enum: FloorRequestStatus, enumName: 'qa_floor_request_status', default: FloorRequestStatus.Waiting })
  status: FloorRequestStatus;

  /** Order in the queue, lowest first; rewritten when the chair moves someone. */
  @Column({ type: 'int', default: 0 })
  position: number;

  /** When the chair called them to speak. */
  @Column({ name: 'spoke_at', type: 'timestamptz', nullable: true })
  spokeAt: Date | null;

  /** Their time when called; the countdown ends at spoke_at + this. */
  @Column({ name: 'duration_seconds', type: 'int', nullable: true })
  durationSeconds: number | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
