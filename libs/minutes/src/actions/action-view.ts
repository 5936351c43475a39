import type { ActionView } from '../dto/minutes.views';
import { isOverdue } from '../export/minutes-document';
import type { ActionItem } from './action-item.entity';

/**
 * An action as the routes answer it. An owner typed with an address shows as typed, without the
 * id of the person who holds the address: a minute-taker typing a known address learns no more
 * than typing an unknown one (the holder's name, organisation and id stay theirs).
 */
export function actionView<T extends ActionItem>(action: T): Omit<T, 'ownerTyped'> & ActionView {
  const { ownerTyped, ...shown } = action;
  return { ...shown, ownerPersonId: ownerTyped ? null : action.ownerPersonId, overdue: isOverdue(action) };
}
