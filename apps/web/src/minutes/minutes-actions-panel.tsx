// Actions of the minutes: add one (draft minutes) owned by a person (found, or typed with an
// address: they are mailed and see it under My actions) or a group, mark one done.
import { useState } from 'react';
import { Outcome, problemOf } from '../organise/common';
import { DateBoxes, dateBoxesError, partId } from '../organise/date-boxes';
import { PersonPicker, type PickedPerson } from '../organise/person-picker';
import { readDateBoxes, wrongBox, type DateBox } from '../typed-date';
import { ErrorMessage } from '../events/form-fields';
import { sharedMessages } from '@convene/i18n/web/shared.messages';
import { minutesApi, type Minutes } from './minutes-api';
import { formatDueDate } from '../format';
import { minutesEditorMessages } from '@convene/i18n/web/minutes-editor.messages';
import { useMessages } from '../i18n/i18n';

export function ActionsPanel({ minutes, editable, onChanged }: { minutes: Minutes; editable: boolean; onChanged: (minutes: Minutes) => void }) {
  const [message, setMessage] = useState<string | null>(null);
  const [owner, setOwner] = useState<PickedPerson | null>(null);
  /** What is wrong with the due date as typed, and the box it is about (none: the whole date). */
  const [dueProblem, setDueProblem] = useState<{ message: string; box?: DateBox } | null>(null);
  const { t } = useMessages(minutesEditorMessages);
  const { t: sharedT } = useMessages(sharedMessages);
  async function add(form: HTMLFormElement) {
    const data = new FormData(form);
    const description = String(data.get('description') ?? '').trim();
    if (!description) return setMessage(t('minutesEditor.actions.describeFirst'));
    // Optional: three empty boxes are no due date; anything else must be one.
    const due = readDateBoxes(String(data.get('dueDay') ?? ''), String(data.get('dueMonth') ?? ''), String(data.get('dueYear') ?? ''));
    if ('problem' in due && due.problem !== 'missing') {
      setDueProblem({ message: dateBoxesError(due), box: wrongBox(due) });
      setMessage(null);
      document.getElementById(partId('action-due', wrongBox(due)))?.focus();
      return;
    }
    setDueProblem(null);
    const ownerName = String(data.get('ownerName') ?? '').trim() || undefined;
    try {
      const action = await minutesApi.addAction(minutes.id, {
        description,
        itemKey: String(data.get('itemKey') ?? '') || undefined,
        ...(owner ? ('personId' in owner ? { ownerPersonId: owner.personId } : { owner: { name: owner.person.name, email: owner.person.email } }) : { ownerName }),
        dueDate: 'date' in due ? due.date : undefined,
      });
      form.reset();
      setOwner(null);
      onChanged({ ...minutes, actions: [...minutes.actions, action] });
      const mailed = owner ? (action.ownerName ?? t('minutesEditor.actions.theOwner')) : 'none';
      setMessage(t('minutesEditor.actions.added', { overdue: action.overdue ? 'yes' : 'no', mailed }));
    } catch (error) {
      setMessage(problemOf(error, t('minutesEditor.action.add')));
    }
  }
  async function done(actionId: string) {
    try {
      const action = await minutesApi.markDone(actionId, '');
      onChanged({ ...minutes, actions: minutes.actions.map((other) => (other.id === actionId ? action : other)) });
    } catch (error) {
      setMessage(problemOf(error, t('minutesEditor.action.markDone')));
    }
  }
  return (
    <section className="section">
      <h2>{t('minutesEditor.actionsHeading')}</h2>
      <ul>
        {minutes.actions.map((action) => (
          <li key={action.id}>
            {action.description}
            <span className="muted">
              {t('minutesEditor.actions.details', {
                owner: action.ownerName ?? 'none',
                due: action.dueDate ? formatDueDate(action.dueDate) : 'none',
                overdue: action.overdue ? 'yes' : 'no',
                status: action.status,
              })}
            </span>{' '}
            {action.status === 'open' && (
              <button type="button" className="button button-secondary" onClick={() => void done(action.id)}>
                {t('minutesEditor.actions.markDone')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {editable && (
        <>
          <div className="form-group" role="group" aria-labelledby="action-owner-legend">
            <h3 id="action-owner-legend" className="label">
              {t('minutesEditor.actions.owner')}
            </h3>
            {owner ? (
              <p>
                {'personId' in owner ? owner.name : `${owner.person.name} (${owner.person.email})`}{' '}
                <button type="button" className="link-button" onClick={() => setOwner(null)}>
                  {t('minutesEditor.actions.changeOwner')}
                </button>
              </p>
            ) : (
              <PersonPicker id="action-owner" action={t('minutesEditor.actions.makeOwner')} onPick={async (picked) => setOwner(picked)} />
            )}
          </div>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void add(event.currentTarget);
            }}
          >
            {/* Each field in its group, so a label sits by its own box, not under the one above. */}
            <div className="form-group">
              <label className="label" htmlFor="action-description">
                {t('minutesEditor.actions.new')}
              </label>
              <input id="action-description" name="description" className="input" required maxLength={2000} />
            </div>
            <div className="form-group">
              <label className="label" htmlFor="action-item">
                {t('minutesEditor.actions.underItem')}
              </label>
              <select id="action-item" name="itemKey" className="input">
                <option value="">{t('minutesEditor.actions.noItem')}</option>
                {minutes.content.items.map((item, index) => (
                  <option key={item.key} value={item.key}>
                    {t('minutesEditor.actions.itemOption', { number: index + 1, title: item.title })}
                  </option>
                ))}
              </select>
            </div>
            {!owner && (
              <div className="form-group">
                <label className="label" htmlFor="action-owner-name">
                  {t('minutesEditor.actions.group')}
                </label>
                <input id="action-owner-name" name="ownerName" className="input" maxLength={300} />
              </div>
            )}
            <fieldset className={`fieldset form-group${dueProblem ? ' form-group-error' : ''}`} aria-describedby="action-due-hint">
              <legend className="label">{t('minutesEditor.actions.due')}</legend>
              <p id="action-due-hint" className="hint">
                {sharedT('form.date.hint')}
              </p>
              <ErrorMessage id="action-due" errors={dueProblem ? [dueProblem.message] : undefined} />
              <DateBoxes id="action-due" name="due" invalid={Boolean(dueProblem)} wrong={dueProblem?.box} describedBy={dueProblem ? 'action-due-error' : undefined} />
            </fieldset>
            <button type="submit" className="button">
              {t('minutesEditor.actions.add')}
            </button>
          </form>
        </>
      )}
      <Outcome message={message} />
    </section>
  );
}
