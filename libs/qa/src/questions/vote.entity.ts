import { CreateDateColumn, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { Question } from './question.entity';

/** One participant's upvote of one question: the primary key makes it one per participant. */
@Entity('qa_votes')
export class Vote {
  @ForeignKey(() => Question, { onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'question_id', type: 'uuid' })
  questionId: string;

  /** 'person:<id>' or 'anon:<id>'; 'erased:<random>' once its person is erased. */
  @PrimaryColumn({ name: 'voter_key', type: 'text' })
  voterKey: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
