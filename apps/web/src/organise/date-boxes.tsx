import { sharedMessages } from '@convene/i18n/web/shared.messages';
import { useMessages } from '../i18n/i18n';
import { boxesFromDate } from '../typed-date';

/**
 * A date as three boxes, day, month and year, in the GOV.UK pattern: a browser's date picker
 * speaks the browser's language and order ("02/11/2027" on a Welsh page in a US-English
 * Chromium), these boxes the page's. `id` is the day box (errors link there); the boxes are
 * named `${name}Day`, `${name}Month` and `${name}Year`: typed-date.ts's dateFromBoxes reads them back.
 */
export function DateBoxes({ id, name, defaultValue, invalid, describedBy }: { id: string; name: string; defaultValue?: string; invalid?: boolean; describedBy?: string }) {
  const { t } = useMessages(sharedMessages);
  const shown = boxesFromDate(defaultValue);
  const box = (part: 'day' | 'month' | 'year', boxId: string, label: string) => (
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
        className={`input input-${part}${invalid ? ' input-error' : ''}`}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
  return (
    <div className="date-boxes">
      {box('day', id, t('form.date.day'))}
      {box('month', `${id}-month`, t('form.date.month'))}
      {box('year', `${id}-year`, t('form.date.year'))}
    </div>
  );
}

/** A 24-hour time typed in a box (typed-date.ts's timeFromText reads "14:30", "14.30" or "1430"): a browser's time picker shows AM and PM in a US-English Chromium, whatever the page's language. */
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
