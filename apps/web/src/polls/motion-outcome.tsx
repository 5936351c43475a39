// A closed motion's result: carried or not with the counts, in the reader's language, then the
// decision as the minutes record it (written in English at close, so marked as English for
// screen readers on a Welsh page).
import { pollsMessages } from '@convene/i18n/web/polls.messages';
import { langOf } from '../events/in-language';
import { useMessages } from '../i18n/i18n';
import type { Motion } from './polls-api';

export function MotionOutcome({ result }: { result: NonNullable<Motion['result']> }) {
  const { t, language } = useMessages(pollsMessages);
  return (
    <>
      <p className="poll-status">
        {t('votes.outcome', { carried: result.carried ? 'yes' : 'no', for: result.for, against: result.against, abstentions: result.abstentions })}
      </p>
      {result.decision && (
        <p lang={langOf({ text: result.decision, language: 'en' }, language)}>
          {result.decision}
        </p>
      )}
    </>
  );
}
