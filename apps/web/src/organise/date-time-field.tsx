import { ErrorMessage } from '../events/form-fields';
import type { LocalDateTime } from '../local-time';
import { DateBoxes, TimeBox } from './date-boxes';
import { useOrganiseT } from './organise-t';

/** A date and a time in the event's zone, in one fieldset: `id` is the date's day box (errors link there), `${id}-time` the time box; typed-date.ts reads them (`${name}DateDay`, ..., `${name}Time`). */
export function DateTimeField({
  id,
  name,
  legend,
  zone,
  errors,
  defaultValue,
}: {
  id: string;
  name: string;
  legend: string;
  zone: string;
  errors?: string[];
  defaultValue?: LocalDateTime;
}) {
  const { t } = useOrganiseT();
  const invalid = Boolean(errors?.length);
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
          <DateBoxes id={id} name={`${name}Date`} defaultValue={defaultValue?.date} invalid={invalid} />
        </fieldset>
        <div>
          <label htmlFor={`${id}-time`} className="label label-small">
            {t('organise.dateTime.time')}
          </label>
          <TimeBox id={`${id}-time`} name={`${name}Time`} defaultValue={defaultValue?.time} invalid={invalid} />
        </div>
      </div>
    </fieldset>
  );
}
