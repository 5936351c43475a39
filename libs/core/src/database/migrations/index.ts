import { IdentityTables1795665293052 } from './1795665293052-IdentityTables';
import { MailOutbox1795665728173 } from './1795665728173-MailOutbox';
import { IdentitySignIn1795665996954 } from './1795665996954-IdentitySignIn';
import { EventsAndRegistration1795668398362 } from './1795668398362-EventsAndRegistration';
import { AgendaPublications1795670306785 } from './1795670306785-AgendaPublications';
import { SpeakerInvitations1795671651739 } from './1795671651739-SpeakerInvitations';
import { QaQuestionsAndFloor1795673020516 } from './1795673020516-QaQuestionsAndFloor';
import { LiveblogEntriesAndEditors1795673080502 } from './1795673080502-LiveblogEntriesAndEditors';
import { LiveStreams1795673093807 } from './1795673093807-LiveStreams';
import { OffersCheckInCodesWalkIns1795673118169 } from './1795673118169-OffersCheckInCodesWalkIns';
import { CalendarInvites1795673288217 } from './1795673288217-CalendarInvites';
import { ForeignKeysOfEventsAndRegistration1795674574345 } from './1795674574345-ForeignKeysOfEventsAndRegistration';
import { MinutesAndEventSeries1795674858300 } from './1795674858300-MinutesAndEventSeries';
import { RegisterPlaceFunction1795675000000 } from './1795675000000-RegisterPlaceFunction';
import { SessionFollows1795683098497 } from './1795683098497-SessionFollows';
import { ErasedApologiesKeepNoAddress1795683133592 } from './1795683133592-ErasedApologiesKeepNoAddress';
import { PollsAnswersAndAudit1796221220017 } from './1796221220017-PollsAnswersAndAudit';
import { PeopleKeepTheirLanguage1796222000000 } from './1796222000000-PeopleKeepTheirLanguage';
import { MinutesReaderLinksForDelegatesWithoutAccounts1796223301259 } from './1796223301259-MinutesReaderLinksForDelegatesWithoutAccounts';
import { PlacesCountedPerEvent1796300000000 } from './1796300000000-PlacesCountedPerEvent';
import { SessionsInWelshAndEnglish1796400000000 } from './1796400000000-SessionsInWelshAndEnglish';
import { MinutesKeepTheirLanguage1796410000000 } from './1796410000000-MinutesKeepTheirLanguage';
import { EntriesAndQuestionsKeepTheirLanguage1796420000000 } from './1796420000000-EntriesAndQuestionsKeepTheirLanguage';
import { ActionOwnersTypedWithAnAddress1797000000000 } from './1797000000000-ActionOwnersTypedWithAnAddress';
import { QuestionsCountVotesFromTheirRows1796800000000 } from './1796800000000-QuestionsCountVotesFromTheirRows';
import { RegistrationsFoundByAddress1796900000000 } from './1796900000000-RegistrationsFoundByAddress';
import { VotingMembersProxiesAndMotions1796223004579 } from './1796223004579-VotingMembersProxiesAndMotions';
import { QaSettingsTakePartAndRoomCode1796260000001 } from './1796260000001-QaSettingsTakePartAndRoomCode';
import { RegistrationsAndFollowsKeepTheirLanguage1796261000000 } from './1796261000000-RegistrationsAndFollowsKeepTheirLanguage';
import { EventsInWelshAndEnglish1796261100000 } from './1796261100000-EventsInWelshAndEnglish';
import { OutboxRetrySchedule1796270000000 } from './1796270000000-OutboxRetrySchedule';
import { RegistrationsWaitForAConfirmedAddress1796280000000 } from './1796280000000-RegistrationsWaitForAConfirmedAddress';
import { AccessRequests1796290000000 } from './1796290000000-AccessRequests';

/** Every migration, in order. Listed explicitly: the build bundles no globs. */
export const MIGRATIONS = [
  IdentityTables1795665293052,
  MailOutbox1795665728173,
  IdentitySignIn1795665996954,
  EventsAndRegistration1795668398362,
  AgendaPublications1795670306785,
  SpeakerInvitations1795671651739,
  QaQuestionsAndFloor1795673020516,
  LiveblogEntriesAndEditors1795673080502,
  LiveStreams1795673093807,
  OffersCheckInCodesWalkIns1795673118169,
  CalendarInvites1795673288217,
  ForeignKeysOfEventsAndRegistration1795674574345,
  MinutesAndEventSeries1795674858300,
  RegisterPlaceFunction1795675000000,
  SessionFollows1795683098497,
  ErasedApologiesKeepNoAddress1795683133592,
  PollsAnswersAndAudit1796221220017,
  PeopleKeepTheirLanguage1796222000000,
  MinutesReaderLinksForDelegatesWithoutAccounts1796223301259,
  VotingMembersProxiesAndMotions1796223004579,
  QaSettingsTakePartAndRoomCode1796260000001,
  RegistrationsAndFollowsKeepTheirLanguage1796261000000,
  EventsInWelshAndEnglish1796261100000,
  OutboxRetrySchedule1796270000000,
  RegistrationsWaitForAConfirmedAddress1796280000000,
  AccessRequests1796290000000,
  PlacesCountedPerEvent1796300000000,
  SessionsInWelshAndEnglish1796400000000,
  MinutesKeepTheirLanguage1796410000000,
  EntriesAndQuestionsKeepTheirLanguage1796420000000,
  QuestionsCountVotesFromTheirRows1796800000000,
  RegistrationsFoundByAddress1796900000000,
  ActionOwnersTypedWithAnAddress1797000000000,
];
