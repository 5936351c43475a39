import { decisionText, isCarried } from './decision';
import { BallotKind, MajorityRule } from './motion.entity';

describe('the decision', () => {
  const quorum = { present: 12, members: 15, quorum: 8, quorate: true };

  it('reads as the network minutes it: RESOLVED, the counts, the quorum', () => {
    expect(
      decisionText({ text: 'that the network adopts the 2027 work programme.', majority: MajorityRule.Simple, ballot: BallotKind.Secret, tally: { for: 9, against: 2, abstentions: 1 }, carried: true, quorum }),
    ).toBe('RESOLVED: that the network adopts the 2027 work programme. For 9, Against 2, Abstentions 1. By secret ballot. The meeting was quorate (12 of 15 voting members present; quorum 8).');
  });

  it('names who voted how on a named vote, and says when a motion is lost', () => {
    const text = decisionText({
      text: 'the subscription rises by 3%',
      majority: MajorityRule.TwoThirdsVoting,
      ballot: BallotKind.Named,
      tally: { for: 2, against: 2, abstentions: 1 },
      carried: false,
      names: { for: ['Cllr A', 'Cllr B'], against: ['Cllr C', 'Cllr D'], abstain: ['Cllr E'] },
      quorum,
    });
    expect(text).toContain('NOT CARRIED: the motion that the subscription rises by 3% was lost (a two-thirds majority of those voting was required). For 2, Against 2, Abstentions 1.');
    expect(text).toContain('For: Cllr A, Cllr B. Against: Cllr C, Cllr D. Abstained: Cllr E.');
  });

  it('applies each majority rule, leaving abstentions out', () => {
    expect(isCarried(MajorityRule.Simple, { for: 5, against: 5, abstentions: 0 }, 12)).toBe(false);
    expect(isCarried(MajorityRule.Simple, { for: 1, against: 0, abstentions: 9 }, 12)).toBe(true);
    expect(isCarried(MajorityRule.TwoThirdsVoting, { for: 6, against: 3, abstentions: 3 }, 12)).toBe(true);
    expect(isCarried(MajorityRule.TwoThirdsVoting, { for: 5, against: 3, abstentions: 0 }, 12)).toBe(false);
    expect(isCarried(MajorityRule.TwoThirdsMembers, { for: 7, against: 0, abstentions: 0 }, 12)).toBe(false);
    expect(isCarried(MajorityRule.TwoThirdsMembers, { for: 8, against: 4, abstentions: 0 }, 12)).toBe(true);
  });
});
