import { BallotKind, MajorityRule } from './motion.entity';

export interface Tally {
  for: number;
  against: number;
  abstentions: number;
}

/** Carried or not, by the motion's majority rule; abstentions never count as votes cast. */
export function isCarried(majority: MajorityRule, tally: Tally, votingMembers: number): boolean {
  switch (majority) {
    case MajorityRule.Simple:
      return tally.for > tally.against;
    case MajorityRule.TwoThirdsVoting:
      return tally.for > 0 && tally.for * 3 >= (tally.for + tally.against) * 2;
    case MajorityRule.TwoThirdsMembers:
      return tally.for > 0 && tally.for * 3 >= votingMembers * 2;
  }
}

export interface DecisionInput {
  text: string;
  majority: MajorityRule;
  ballot: BallotKind;
  tally: Tally;
  carried: boolean;
  /** Named ballots only: names by choice, as printed. */
  names?: { for: string[]; against: string[]; abstain: string[] };
  quorum: { present: number; members: number; quorum: number; quorate: boolean };
}

const RULE: Record<MajorityRule, string> = {
  [MajorityRule.Simple]: '',
  [MajorityRule.TwoThirdsVoting]: ' (a two-thirds majority of those voting was required)',
  [MajorityRule.TwoThirdsMembers]: ' (a two-thirds majority of the voting members was required)',
};

/**
 * The decision in the network's form: "RESOLVED: that ... For 9, Against 2, Abstentions 1.",
 * the names on a named vote, and whether the meeting was quorate.
 */
export function decisionText(input: DecisionInput): string {
  const motion = input.text.trim().replace(/^that\s+/i, '').replace(/[.\s]+$/, '');
  const counts = `For ${input.tally.for}, Against ${input.tally.against}, Abstentions ${input.tally.abstentions}.`;
  const lines = [input.carried ? `RESOLVED: that ${motion}. ${counts}` : `NOT CARRIED: the motion that ${motion} was lost${RULE[input.majority]}. ${counts}`];
  if (input.carried && RULE[input.majority]) lines[0] = `RESOLVED: that ${motion}${RULE[input.majority].replace(' was required', ' being required')}. ${counts}`;
  if (input.ballot === BallotKind.Named && input.names) {
    const list = (names: string[]) => (names.length ? names.join(', ') : 'none');
    lines.push(`For: ${list(input.names.for)}. Against: ${list(input.names.against)}. Abstained: ${list(input.names.abstain)}.`);
  } else if (input.ballot === BallotKind.Secret) {
    lines.push('By secret ballot.');
  }
  const { present, members, quorum, quorate } = input.quorum;
  lines.push(`The meeting was ${quorate ? 'quorate' : 'not quorate'} (${present} of ${members} voting members present; quorum ${quorum}).`);
  return lines.join(' ');
}
