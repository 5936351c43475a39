import type { Catalogue } from '../message';

// Polls as the audience answers them on a phone (apps/web/src/polls/audience-polls.tsx).
export const pollsMessages = {
  'polls.heading': { en: 'Polls', cy: 'Arolygon', description: 'Heading above the polls on the audience page.' },
  'polls.changed': { en: 'Your answer has been changed.', cy: "Mae eich ateb wedi'i newid.", description: 'After changing an answer.' },
  'polls.counted': { en: 'Thank you: your answer has been counted.', cy: "Diolch: mae eich ateb wedi'i gyfrif.", description: 'After answering.' },
  'polls.notReached': { en: 'That did not reach us. Try again.', cy: "Ni chyrhaeddodd hynny ni. Rhowch gynnig arall arni.", description: 'When an answer could not be sent.' },
  'polls.fewWords': { en: 'A few words (60 characters at most)', cy: 'Ychydig eiriau (60 nod ar y mwyaf)', description: 'Label of the answer field of a word poll.' },
  'polls.pick': {
    en: '{kind, select, multiple {Pick up to {max}} rating {Rate from 1 (low) to 5 (high)} other {Pick one}}',
    cy: '{kind, select, multiple {Dewiswch hyd at {max}} rating {Rhowch sgôr o 1 (isel) i 5 (uchel)} other {Dewiswch un}}',
    description: 'Above the options of a poll: several choices (up to {max}), a rating, or one choice.',
  },
  'polls.send': {
    en: '{answered, select, yes {Change my answer} other {Send my answer}}',
    cy: '{answered, select, yes {Newid fy ateb} other {Anfon fy ateb}}',
    description: 'Button of a poll: before and after answering.',
  },
  'polls.closed': { en: 'This poll has closed.', cy: "Mae'r arolwg hwn wedi cau.", description: 'Under a closed poll.' },
  'polls.canChange': {
    en: 'You have answered; you can change your answer until the poll closes.',
    cy: "Rydych wedi ateb; gallwch newid eich ateb nes i'r arolwg gau.",
    description: 'Under an open poll the person has answered.',
  },
  'polls.answeredSoFar': {
    en: '{count} answered so far',
    cy: '{count} wedi ateb hyd yma',
    description: 'Under an open poll whose results are not shown: how many people answered.',
  },
} satisfies Catalogue;
