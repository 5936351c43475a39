import type { Minutes } from './minutes-api';

// Apart from the minutes view, whose Markdown renderer the event page's links to the minutes must not load.
export const MINUTES_STATUS: Record<Minutes['status'], string> = { draft: 'Draft', approved: 'Approved', published: 'Published' };
