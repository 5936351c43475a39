import { Apology } from './apologies/apology.entity';
import { Invitation } from './invitations/invitation.entity';
import { Registration } from './registrations/registration.entity';
import { WorkshopChoice } from './registrations/workshop-choice.entity';

export const REGISTRATION_ENTITIES = [Registration, WorkshopChoice, Apology, Invitation];
