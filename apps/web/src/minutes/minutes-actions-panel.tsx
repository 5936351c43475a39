// Actions of the minutes: add one (draft minutes), mark one done.
import { useState } from 'react';
import { Outcome, problemOf } from '../organise/common';
import { minutesApi, type Minutes } from './minutes-api';

export function ActionsPanel({ minutes, editable, onChanged }: { minutes: Minutes; editable: boolean; onChanged: (minutes: Minutes) => void }) {
  const [message, setMessage] = useState<string | null>(null);
  async function add(form: HTMLFormElement) {
    const data = new FormData(form);
    try {
      const action = await minutesApi.addAction(minutes.id, {
        description: String(data.get('description') ?? '').trim(),
        itemKey: String(data.get('itemKey') ?? '') || undefined,
        ownerName: String(data.get('ownerName') ?? '').trim() || undefined,
        dueDate: String(data.get('dueDate') ?? '') || undefined,
      });
      form.reset();
      onChanged({ ...minutes, actions: [...minutes.actions, action] });
      setMessage(action.overdue ? 'Action added. Its due date has passed, so it shows as overdue.' : 'Action added.');
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
              {action.dueDate ? ` · due ${action.dueDate}` : ''}
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
          <label className="label" htmlFor="action-owner">
            Owner (person or organisation)
          </label>
          <input id="action-owner" name="ownerName" className="input" maxLength={300} />
          <label className="label" htmlFor="action-due">
            Due date
          </label>
          <input id="action-due" name="dueDate" type="date" className="input input-date" />
          <button type="submit" className="button">Add the action</button>
        </form>
      )}
      <Outcome message={message} />
    </section>
  );
}
