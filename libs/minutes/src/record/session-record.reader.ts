import { Injectable } from '@nestjs/common';
import { KeyMoment, LiveblogService } from '@convene/liveblog';
import { PollsService } from '@convene/polls';
import { AnsweredQuestion, FloorService, FloorSpeaker, QuestionsService } from '@convene/qa';
import { MotionsService } from '@convene/votes';
import { PollsAndDecisions } from './polls-and-votes';

export type { AnsweredQuestion, FloorSpeaker, KeyMoment };

/**
 * What Q&A and the liveblog recorded of a session, asked of their libs: which columns hold it
 * stays their business.
 */
@Injectable()
export class SessionRecordReader {
  constructor(
    private readonly questions: QuestionsService,
    private readonly floor: FloorService,
    private readonly liveblog: LiveblogService,
    private readonly polls: PollsService,
    private readonly motions: MotionsService,
  ) {}

  /** Answered questions, in the order they were answered. */
  answeredQuestions(sessionIds: string[]): Promise<AnsweredQuestion[]> {
    return this.questions.answeredInOrder(sessionIds);
  }

  /** Those the chair called from the floor, in the order they spoke. */
  floorSpeakers(sessionIds: string[]): Promise<FloorSpeaker[]> {
    return this.floor.spokenIn(sessionIds);
  }

  /** Published, undeleted key moments of the liveblog, oldest first. */
  keyMoments(sessionIds: string[]): Promise<KeyMoment[]> {
    return this.liveblog.keyMomentsOf(sessionIds);
  }

  /** Closed polls with their results, and the decisions of closed votes, per session. */
  async pollsAndDecisions(sessionIds: string[]): Promise<PollsAndDecisions> {
    const [polls, decisions] = await Promise.all([this.polls.recordOf(sessionIds), this.motions.decisionsOf(sessionIds)]);
    return { polls, decisions };
  }
}
