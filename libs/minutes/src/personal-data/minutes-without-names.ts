import { ERASED_NAME, isOneOfNames, withoutNames } from '@convene/identity';
import type { MinutesContent, MinutesPerson } from '../minutes/minutes-content';

/**
 * Minutes content with a person's names erased. The minutes are the network's formal record,
 * published ones included, but an erased person leaves no name in them: in Present and
 * Apologies they become "Former participant" without job title or organisation (the entry
 * stays, so the record still shows how many attended), an action they owned as copied into
 * matters arising is owned by "Former participant", and their names in item titles, notes and
 * decisions (e.g. the drafted "Question & Comments": "Erin Erased (Oldham): ...") are replaced.
 */
export function minutesWithoutNames(content: MinutesContent, names: readonly string[]): MinutesContent {
  const person = (entry: MinutesPerson): MinutesPerson => (isOneOfNames(entry.name, names) ? { name: ERASED_NAME, affiliation: null } : entry);
  return {
    ...content,
    present: (content.present ?? []).map((group) => ({ ...group, people: group.people.map(person) })),
    apologies: (content.apologies ?? []).map(person),
    mattersArising: (content.mattersArising ?? []).map((matter) => ({
      ...matter,
      description: withoutNames(matter.description, names),
      owner: matter.owner === null ? null : isOneOfNames(matter.owner, names) ? ERASED_NAME : withoutNames(matter.owner, names),
    })),
    items: (content.items ?? []).map((item) => ({
      ...item,
      title: withoutNames(item.title, names),
      body: withoutNames(item.body, names),
      decisions: item.decisions.map((decision) => withoutNames(decision, names)),
    })),
  };
}
