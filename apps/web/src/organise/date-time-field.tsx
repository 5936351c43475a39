import { ErrorMessage } from '../events/form-fields';
import type { LocalDateTime } from '../local-time';
import { useOrganiseT } from './organise-t';

/** A date and a time in the event's zone, in one fieldset: `id` is the date box (errors link there), `${id}-time` the time box. */
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
        <div>
          <label htmlFor={id} className="label label-small">
            {t('organise.dateTime.date')}
          </label>
          <input
            id={id}
            name={`${name}Date`}
            type="date"
            defaultValue={defaultValue?.date}
            className={`input input-date${invalid ? ' input-error' : ''}`}
            aria-invalid={invalid || undefined}
          />
        </div>
        <div>
          <label htmlFor={`${id}-time`} className="label label-small">
            {t('organise.dateTime.time')}
          </label>
          <input
            id={`${id}-time`}
            name={`${name}Time`}
            type="time"
            defaultValue={defaultValue?.time}
            className={`input input-time${invalid ? ' input-error' : ''}`}
            aria-invalid={invalid || undefined}
          />
        </div>
      </div>
    </fieldset>
  );
}
