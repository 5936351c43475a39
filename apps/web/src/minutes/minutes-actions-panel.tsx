// Actions of the minutes: add one (draft minutes) owned by a person (found, or typed with an
// address: they are mailed and see it under My actions) or a group, mark one done.
import { useState } from 'react';
import { Outcome, problemOf } from '../organise/common';
import { PersonPicker, type PickedPerson } from '../organise/person-picker';
import { minutesApi, type Minutes } from './minutes-api';
import { formatDueDate } from '../format';

export function ActionsPanel({ minutes, editable, onChanged }: { minutes: Minutes; editable: boolean; onChanged: (minutes: Minutes) => void }) {
  const [message, setMessage] = useState<string | null>(null);
  const [owner, setOwner] = useState<PickedPerson | null>(null);
  async function add(form: HTMLFormElement) {
    const data = new FormData(form);
    const description = String(data.get('description') ?? '').trim();
    if (!description) return setMessage('Describe the action first.');
    const ownerName = String(data.get('ownerName') ?? '').trim() || undefined;
    try {
      const action = await minutesApi.addAction(minutes.id, {
        description,
        itemKey: String(data.get('itemKey') ?? '') || undefined,
        ...(owner ? ('personId' in owner ? { ownerPersonId: owner.personId } : { owner: { name: owner.person.name, email: owner.person.email } }) : { ownerName }),
        dueDate: String(data.get('dueDate') ?? '') || undefined,
      });
      form.reset();
      setOwner(null);
      onChanged({ ...minutes, actions: [...minutes.actions, action] });
      const mailed = owner ? ` We mailed ${action.ownerName ?? 'the owner'}, who sees it under My actions.` : '';
      setMessage(`${action.overdue ? 'Action added. Its due date has passed, so it shows as overdue.' : 'Action added.'}${mailed}`);
    } catch (error) {
      setMessage(problemOf(error, 'add the action'));
    }
  }
  async function done(actionId: string) {
    try {
      const action = await minutesApi.markDone(actionId, '');
      onChanged({ ...minutes, actions: minutes.actions.map((other) => (other.id === actionId ? action : other)) });
    } catch (error) {
      setMessage(problemOf(error, 'mark the action done'));
    }
  }
  return (
    <section className="section">
      <h2>Actions</h2>
      <ul>
        {minutes.actions.map((action) => (
          <li key={action.id}>
            {action.description}
            <span className="muted">
              {action.ownerName ? ` · ${action.ownerName}` : ''}
              {action.dueDate ? ` · due ${formatDueDate(action.dueDate)}` : ''}
              {action.overdue ? ' · overdue' : ''} · {action.status}
            </span>{' '}
            {action.status === 'open' && (
              <button type="button" className="button button-secondary" onClick={() => void done(action.id)}>
                Mark done
              </button>
            )}
          </li>
        ))}
      </ul>
      {editable && (
        <>
          <div className="form-group" role="group" aria-labelledby="action-owner-legend">
            <h3 id="action-owner-legend" className="label">Owner of the next action</h3>
            {owner ? (
              <p>
                {'personId' in owner ? owner.name : `${owner.person.name} (${owner.person.email})`}{' '}
                <button type="button" className="link-button" onClick={() => setOwner(null)}>
                  Change the owner
                </button>
              </p>
            ) : (
              <PersonPicker id="action-owner" action="Make owner" onPick={async (picked) => setOwner(picked)} />
            )}
          </div>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void add(event.currentTarget);
            }}
          >
            <label className="label" htmlFor="action-description">
              New action
            </label>
            <input id="action-description" name="description" className="input" required maxLength={2000} />
            <label className="label" htmlFor="action-item">
              Under item
            </label>
            <select id="action-item" name="itemKey" className="input">
              <option value="">(none)</option>
              {minutes.content.items.map((item, index) => (
                <option key={item.key} value={item.key}>
                  {index + 1}. {item.title}
                </option>
              ))}
            </select>
            {!owner && (
              <>
                <label className="label" htmlFor="action-owner-name">
                  Or a group or organisation (not mailed)
                </label>
                <input id="action-owner-name" name="ownerName" className="input" maxLength={300} />
              </>
            )}
            <label className="label" htmlFor="action-due">
              Due date
            </label>
            <input id="action-due" name="dueDate" type="date" className="input input-date" />
            <button type="submit" className="button">Add the action</button>
          </form>
        </>
      )}
      <Outcome message={message} />
    </section>
  );
}
