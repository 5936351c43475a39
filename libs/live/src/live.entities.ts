import { LiveChangeRow, LiveStream } from './live-change.entity';

export const LIVE_ENTITIES = [LiveStream, LiveChangeRow];
