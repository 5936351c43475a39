import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Person } from '@convene/identity';
import { AgendaSession } from './agenda-session.entity';

export enum SpeakerRole {
  Chair = 'chair',
  Speaker = 'speaker',
  Panellist = 'panellist',
  Facilitator = 'facilitator',
  NoteTaker = 'note-taker',
}

export enum SpeakerStatus {
  Invited = 'invited',
  Confirmed = 'confirmed',
  Declined = 'declined',
}

/** A person on a session's programme, in a role; the agenda shows the confirmed ones. */
@Entity('session_speakers')
export class SessionSpeaker {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  // Removing a session takes its programme; people are erased in place, never deleted.
  @ManyToOne(() => AgendaSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: AgendaSession;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Column({ type: 'enum', enum: SpeakerRole, enumName: 'speaker_role' })
  role: SpeakerRole;

  @Column({ type: 'enum', enum: SpeakerStatus, enumName: 'speaker_status', default: SpeakerStatus.Invited })
  status: SpeakerStatus;

  /** sha256 of the secret in the invitation mail's link; null once answered (or never invited). */
  @Index('session_speakers_invite_token', { unique: true })
  @Column({ name: 'invite_token_hash', type: 'text', nullable: true })
  inviteTokenHash: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
