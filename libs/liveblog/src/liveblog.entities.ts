import { LiveblogEditor } from './editors/liveblog-editor.entity';
import { LiveblogEntry } from './entries/liveblog-entry.entity';

export const LIVEBLOG_ENTITIES = [LiveblogEntry, LiveblogEditor];
