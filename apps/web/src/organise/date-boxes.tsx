import { createTranslator } from '@convene/i18n';
import { sharedMessages } from '@convene/i18n/web/shared.messages';
import { useMessages } from '../i18n/i18n';
import { currentLanguage } from '../i18n/language-store';
import { boxesFromDate, emptyBoxesKey, type DateBox, type DateBoxesProblem } from '../typed-date';

const sharedT = createTranslator(sharedMessages);

/** What is wrong with a date's boxes, in the reader's language, naming the box (GOV.UK: "The month must be a number from 1 to 12"). */
export function dateBoxesError(problem: DateBoxesProblem): string {
  const language = currentLanguage();
  if (problem.problem === 'incomplete') return sharedT(language, 'form.date.incomplete', { boxes: emptyBoxesKey(problem.boxes) });
  return sharedT(language, 'form.date.problem', { problem: problem.problem === 'box' ? problem.box : problem.problem });
}

/** A part of a date and time that an error can be about: one box, the three date boxes together, or the time box. */
export type DateTimePart = DateBox | 'date' | 'time';

/** The id of the box an error about `part` links to, for a date whose day box is `id` (DateBoxes, DateTimeField). */
export function partId(id: string, part: DateTimePart | undefined): string {
  return part === 'month' || part === 'year' || part === 'time' ? `${id}-${part}` : id;
}

/**
 * A date as three boxes, day, month and year, in the GOV.UK pattern: a browser's date picker
 * speaks the browser's language and order ("02/11/2027" on a Welsh page in a US-English
 * Chromium), these boxes the page's. `id` is the day box (errors link there); the boxes are
 * named `${name}Day`, `${name}Month` and `${name}Year`: typed-date.ts's readDateBoxes reads them back.
 * With `wrong`, only that box is marked as in error (GOV.UK: the box the message names).
 */
export function DateBoxes({
  id,
  name,
  defaultValue,
  invalid,
  wrong,
  describedBy,
}: {
  id: string;
  name: string;
  defaultValue?: string;
  invalid?: boolean;
  wrong?: DateBox;
  describedBy?: string;
}) {
  const { t } = useMessages(sharedMessages);
  const shown = boxesFromDate(defaultValue);
  const box = (part: DateBox, boxId: string, label: string) => {
    const marked = Boolean(invalid) && (!wrong || wrong === part);
    return (
      <div>
        <label htmlFor={boxId} className="label label-small">
          {label}
        </label>
        <input
          id={boxId}
          name={`${name}${part.charAt(0).toUpperCase()}${part.slice(1)}`}
          inputMode="numeric"
          autoComplete="off"
          maxLength={part === 'year' ? 4 : 2}
          defaultValue={shown[part]}
          className={`input input-${part}${marked ? ' input-error' : ''}`}
          aria-invalid={marked || undefined}
          aria-describedby={describedBy}
        />
      </div>
    );
  };
  return (
    <div className="date-boxes">
      {box('day', id, t('form.date.day'))}
      {box('month', `${id}-month`, t('form.date.month'))}
      {box('year', `${id}-year`, t('form.date.year'))}
    </div>
  );
}

/** A 24-hour time typed in a box (typed-date.ts's readTime reads "14:30", "14.30" or "1430"): a browser's time picker shows AM and PM in a US-English Chromium, whatever the page's language. */
export function TimeBox({ id, name, defaultValue, invalid, describedBy }: { id: string; name: string; defaultValue?: string; invalid?: boolean; describedBy?: string }) {
  return (
    <input
      id={id}
      name={name}
      autoComplete="off"
      spellCheck={false}
      maxLength={5}
      defaultValue={defaultValue}
      className={`input input-time${invalid ? ' input-error' : ''}`}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
    />
  );
}
