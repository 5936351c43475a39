import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum CommentStatus {
  Pending = 'pending',
  Accepted = 'accepted',
  Declined = 'declined',
}

/** A correction suggested on one item by someone who was present, while the draft is circulated. */
@Entity('minutes_comments')
@Index('minutes_comments_minutes', ['minutesId', 'createdAt'])
export class MinutesComment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'minutes_id', type: 'uuid' })
  minutesId: string;

  @Column({ name: 'item_key', type: 'text' })
  itemKey: string;

  /** The author's account; null for a delegate writing through the circulation mail's link. */
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  /** The circulation link it was written through (who it was mailed to names the author). */
  @Column({ name: 'reader_link_id', type: 'uuid', nullable: true })
  readerLinkId: string | null;

  @Column({ type: 'text' })
  body: string;

  /** The item's notes as the commenter would have them; accepting puts them in. */
  @Column({ type: 'text', nullable: true })
  replacement: string | null;

  @Column({ type: 'enum', enum: CommentStatus, enumName: 'minutes_comment_status', default: CommentStatus.Pending })
  status: CommentStatus;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
