import { ErrorMessage } from '../events/form-fields';
import type { LocalDateTime } from '../local-time';
import { DateBoxes, TimeBox, type DateTimePart } from './date-boxes';
import { useOrganiseT } from './organise-t';

/**
 * A date and a time in the event's zone, in one fieldset: `id` is the date's day box (errors link
 * there, or to the box `wrong` names: date-boxes.tsx's partId), `${id}-time` the time box;
 * typed-date.ts reads them (`${name}DateDay`, ..., `${name}Time`). Without `wrong`, an error marks every box.
 */
export function DateTimeField({
  id,
  name,
  legend,
  zone,
  errors,
  wrong,
  defaultValue,
}: {
  id: string;
  name: string;
  legend: string;
  zone: string;
  errors?: string[];
  wrong?: DateTimePart;
  defaultValue?: LocalDateTime;
}) {
  const { t } = useOrganiseT();
  const invalid = Boolean(errors?.length);
  const dateInvalid = invalid && wrong !== 'time';
  const timeInvalid = invalid && (!wrong || wrong === 'time');
  return (
    <fieldset
      className={`fieldset form-group${invalid ? ' form-group-error' : ''}`}
      aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`}
    >
      <legend className="label">{legend}</legend>
      <p id={`${id}-hint`} className="hint">
        {t('organise.dateTime.hint', { zone })}
      </p>
      <ErrorMessage id={id} errors={errors} />
      <div className="date-time">
        <fieldset className="fieldset">
          <legend className="label label-small">{t('organise.dateTime.date')}</legend>
          <DateBoxes
            id={id}
            name={`${name}Date`}
            defaultValue={defaultValue?.date}
            invalid={dateInvalid}
            wrong={wrong === 'day' || wrong === 'month' || wrong === 'year' ? wrong : undefined}
          />
        </fieldset>
        <div>
          <label htmlFor={`${id}-time`} className="label label-small">
            {t('organise.dateTime.time')}
          </label>
          <TimeBox id={`${id}-time`} name={`${name}Time`} defaultValue={defaultValue?.time} invalid={timeInvalid} />
        </div>
      </div>
    </fieldset>
  );
}
