// The organisers' pages' words, and the lists their forms choose from. Apart from common.tsx,
// which the minutes pages share: a reader of the minutes does not download the organisers' words.
import { organiseMessages } from '@convene/i18n/web/organise.messages';
import type { EventKind, EventVisibility, SessionKind } from '../api';
import type { ReactNode } from 'react';
import { useMessages } from '../i18n/i18n';

export const EVENT_KINDS: EventKind[] = ['network_forum', 'policy_roundtable', 'conference', 'plenary', 'committee_meeting', 'citizens_commission', 'workshop', 'other'];
export const SESSION_KINDS: SessionKind[] = ['plenary', 'panel', 'workshop', 'roundtable', 'break', 'other'];
export const VISIBILITIES: EventVisibility[] = ['public', 'members', 'invitation'];

/** The organisers' pages' words (and the agenda editor's) and the shell's, in the reader's language. */
export const useOrganiseT = () => useMessages(organiseMessages);

/** A role as the messages' select takes it ("note-taker" is not an ICU select key). */
export const roleKey = (role: string) => role.replace(/-/g, '_');

/** The `<hidden>` of a message: words for screen readers only (a button's object, "of Opening plenary"). */
export const hidden = (parts: ReactNode[]) => <span className="visually-hidden">{parts}</span>;

/** The `<b>` of a message. */
export const bold = (parts: ReactNode[]) => <strong>{parts}</strong>;
