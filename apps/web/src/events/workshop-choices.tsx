// Workshops as a delegate chooses them: one choice per time slot (a radio group with "No
// workshop"), because parallel sessions are alternatives (the API refuses two at once).
import { eventPageMessages } from '@convene/i18n/web/events.messages';
import type { AgendaSession } from '../api';
import { useMessages } from '../i18n/i18n';
import { placesLeftText } from './places';
import { formatTime } from '../format';
import { ErrorMessage } from './form-fields';

const start = (session: AgendaSession) => new Date(session.startsAt).getTime();
const end = (session: AgendaSession) => new Date(session.endsAt).getTime();

/** Sessions that overlap, directly or through another, share a slot (the API's rule, libs/registration time-slots). */
export function timeSlots(sessions: AgendaSession[]): AgendaSession[][] {
  const ordered = [...sessions].sort((a, b) => start(a) - start(b) || a.title.localeCompare(b.title));
  const slots: AgendaSession[][] = [];
  let slotEnd = -Infinity;
  for (const session of ordered) {
    if (slots.length && start(session) < slotEnd) {
      slots[slots.length - 1].push(session);
      slotEnd = Math.max(slotEnd, end(session));
    } else {
      slots.push([session]);
      slotEnd = end(session);
    }
  }
  return slots;
}

/** The workshops chosen in a form built with WorkshopChoices. */
export function chosenWorkshops(data: FormData): string[] {
  return [...data.entries()].filter(([name, value]) => name.startsWith('workshop-slot-') && value !== '').map(([, value]) => String(value));
}

const slotTime = (slot: AgendaSession[], timeZone: string) => {
  const from = Math.min(...slot.map(start));
  const to = Math.max(...slot.map(end));
  return `${formatTime(new Date(from).toISOString(), timeZone)}–${formatTime(new Date(to).toISOString(), timeZone)}`;
};

/**
 * One fieldset per time slot. `chosen`: the workshops already chosen (the private page);
 * `held`: those the delegate holds a seat or a place in line for (a full workshop is still theirs).
 */
export function WorkshopChoices({
  idPrefix,
  workshops,
  timeZone,
  errors,
  chosen = [],
}: {
  idPrefix: string;
  workshops: AgendaSession[];
  timeZone: string;
  errors?: string[];
  chosen?: string[];
}) {
  const id = `${idPrefix}-workshopIds`;
  const slots = timeSlots(workshops);
  const { t } = useMessages(eventPageMessages);
  return (
    <div className={`form-group${errors?.length ? ' form-group-error' : ''}`}>
      <h3 className="label" id={`${id}-heading`}>
        {t('workshops.heading')}
      </h3>
      <p id={`${id}-hint`} className="hint">
        {t('workshops.hint')}
      </p>
      <ErrorMessage id={id} errors={errors} />
      {slots.map((slot, slotIndex) => {
        const name = `workshop-slot-${slotIndex}`;
        const current = slot.find((workshop) => chosen.includes(workshop.id))?.id ?? '';
        const legend = slotTime(slot, timeZone);
        return (
          <fieldset key={slot[0].id} className="fieldset workshop-slot" aria-describedby={`${id}-hint`}>
            <legend className="label">{slot.length > 1 ? t('workshops.chooseOne', { time: legend }) : legend}</legend>
            {slot.map((workshop, index) => {
              const full = workshop.placesLeft !== null && workshop.placesLeft <= 0;
              const places = full ? (current === workshop.id ? null : t('workshops.fullWaitingList')) : placesLeftText(workshop.placesLeft);
              const inputId = slotIndex === 0 && index === 0 ? id : `${id}-${slotIndex}-${index}`;
              const hint = [workshop.room, places].filter(Boolean).join(' · ');
              // Its id ends -about, not -hint: the first input's id is the group's, whose hint is `${id}-hint`.
              return (
                <div className="checkbox" key={workshop.id}>
                  <input id={inputId} type="radio" name={name} value={workshop.id} defaultChecked={current === workshop.id} aria-describedby={hint ? `${inputId}-about` : undefined} />
                  <label htmlFor={inputId} className="checkbox-label">
                    {workshop.title}
                  </label>
                  {hint && (
                    <p id={`${inputId}-about`} className="hint">
                      {hint}
                    </p>
                  )}
                </div>
              );
            })}
            <div className="checkbox">
              <input id={`${id}-${slotIndex}-none`} type="radio" name={name} value="" defaultChecked={current === ''} />
              <label htmlFor={`${id}-${slotIndex}-none`} className="checkbox-label">
                {t('workshops.none')}
              </label>
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
