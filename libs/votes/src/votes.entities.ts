import { Motion, MotionAction, MotionVoter } from './motion.entity';
import { VoteProxy, VotingBody, VotingMember } from './voting-body.entity';

export const VOTES_ENTITIES = [VotingBody, VotingMember, VoteProxy, Motion, MotionVoter, MotionAction];
