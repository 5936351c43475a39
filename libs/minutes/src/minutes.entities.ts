import { ActionItem } from './actions/action-item.entity';
import { MinutesReaderLink } from './circulation/minutes-reader-link.entity';
import { MinutesComment } from './comments/minutes-comment.entity';
import { Minutes, MinutesRevision } from './minutes/minutes.entity';

export const MINUTES_ENTITIES = [Minutes, MinutesRevision, ActionItem, MinutesComment, MinutesReaderLink];
