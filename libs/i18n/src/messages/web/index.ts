import { adminMessages } from './admin.messages';
import { checkInCodeMessages } from './check-in-code.messages';
import { doorMessages } from './door.messages';
import { eventPageMessages, eventsMessages } from './events.messages';
import { accessibilityMessages } from './accessibility.messages';
import { liveblogMessages } from './liveblog.messages';
import { liveblogEditorMessages } from './liveblog-editor.messages';
import { errorsMessages } from './errors.messages';
import { followMessages } from './follow.messages';
import { liveblogsMessages } from './liveblogs.messages';
import { notFoundMessages } from './not-found.messages';
import { organiseAgendaMessages } from './organise-agenda.messages';
import { organisePageMessages } from './organise.messages';
import { personPickerMessages } from './person-picker.messages';
import { qaMessages } from './qa.messages';
import { registrationMessages } from './registration.messages';
import { minutesMessages } from './minutes.messages';
import { myRegistrationsMessages } from './my-registrations.messages';
import { minutesEditorMessages } from './minutes-editor.messages';
import { pollsMessages } from './polls.messages';
import { signInMessages } from './sign-in.messages';
import { sharedMessages } from './shared.messages';
import { speakerInvitationMessages } from './speaker-invitation.messages';

// Each web page's own catalogue, by file, for the translators' checks (messages.spec.ts). The web
// imports each from its page (`@convene/i18n/web/<name>.messages`), never through this index, so
// a page's words load with that page only.
export const WEB_PAGE_CATALOGUES = {
  'web/admin': adminMessages,
  'web/check-in-code': checkInCodeMessages,
  'web/door': doorMessages,
  'web/events': eventsMessages,
  'web/event-page': eventPageMessages,
  'web/shared': sharedMessages,
  'web/follow': followMessages,
  'web/minutes': minutesMessages,
  'web/my-registrations': myRegistrationsMessages,
  'web/minutes-editor': minutesEditorMessages,
  'web/polls': pollsMessages,
  'web/errors': errorsMessages,
  'web/sign-in': signInMessages,
  'web/accessibility': accessibilityMessages,
  'web/liveblog': liveblogMessages,
  'web/liveblog-editor': liveblogEditorMessages,
  'web/liveblogs': liveblogsMessages,
  'web/not-found': notFoundMessages,
  'web/qa': qaMessages,
  'web/registration': registrationMessages,
  'web/organise': organisePageMessages,
  'web/organise-agenda': organiseAgendaMessages,
  'web/person-picker': personPickerMessages,
  'web/speaker-invitation': speakerInvitationMessages,
};
