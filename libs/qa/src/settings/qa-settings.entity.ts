import { AgendaSession } from '@convene/events';
import { Column, Entity, ForeignKey, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export enum QaModeration {
  /** Questions appear once a moderator approves them. */
  Pre = 'pre',
  /** Questions appear at once and can be hidden. */
  Post = 'post',
}

/** Who may vote and ask (following is the event's audience either way). */
export enum QaTakePart {
  Anyone = 'anyone',
  /** Signed-in people only: one vote per person, never per browser. */
  SignedIn = 'signed-in',
  /** Signed-in people, and others who give the code shown in the room. */
  RoomCode = 'room-code',
}

/** How a session runs its Q&A; a session without a row runs on the defaults. */
@Entity('qa_settings')
export class QaSettings {
  @ForeignKey(() => AgendaSession, { onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Column({ type: 'enum', enum: QaModeration, enumName: 'qa_moderation', default: QaModeration.Post })
  moderation: QaModeration;

  /** Closed: no new questions, no votes; moderation goes on. */
  @Column({ type: 'boolean', default: true })
  open: boolean;

  @Column({ name: 'anonymous_allowed', type: 'boolean', default: true })
  anonymousAllowed: boolean;

  /** On: a question with a listed word waits for a moderator, whatever the mode. */
  @Column({ name: 'word_filter', type: 'boolean', default: false })
  wordFilter: boolean;

  /** Each speaker's time when the chair calls them to the floor. */
  @Column({ name: 'speaker_seconds', type: 'int', default: 120 })
  speakerSeconds: number;

  @Column({ name: 'take_part', type: 'enum', enum: QaTakePart, enumName: 'qa_take_part', default: QaTakePart.Anyone })
  takePart: QaTakePart;

  /** Shown in the room (console, projector) while takePart is room-code; never sent to the audience. */
  @Column({ name: 'room_code', type: 'text', nullable: true })
  roomCode: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

export const DEFAULT_QA_SETTINGS = {
  moderation: QaModeration.Post,
  open: true,
  anonymousAllowed: true,
  wordFilter: false,
  speakerSeconds: 120,
  takePart: QaTakePart.Anyone,
} as const;
