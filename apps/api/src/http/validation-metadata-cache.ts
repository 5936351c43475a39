import { getMetadataStorage } from 'class-validator';

type MetadataStorage = ReturnType<typeof getMetadataStorage>;
type Lookup = MetadataStorage['getTargetValidationMetadatas'];

const cached = new WeakSet<MetadataStorage>();

/**
 * class-validator finds a class's rules by testing every decorated class of the process for being
 * its ancestor, on every validation (typestack/class-validator#2686): 5.5% of the API's time in a
 * registration burst, with our few hundred DTOs. A class's rules, its own and inherited, are all
 * registered when its module loads, before anything can be validated against it, so each answer
 * is kept (per class and options) and the scan runs once.
 */
export function cacheValidationMetadata(storage: MetadataStorage = getMetadataStorage()): void {
  if (cached.has(storage)) return;
  cached.add(storage);
  const lookup: Lookup = storage.getTargetValidationMetadatas.bind(storage);
  const answers = new WeakMap<object, Map<string, ReturnType<Lookup>>>();
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    // A schema by name has no class to key by: looked up each time, as before.
    if (typeof target !== 'function') return lookup(target, schema, always, strictGroups, groups);
    const options = `${schema}\u0000${always}\u0000${strictGroups}\u0000${groups ? JSON.stringify(groups) : ''}`;
    let forTarget = answers.get(target);
    if (!forTarget) answers.set(target, (forTarget = new Map()));
    let answer = forTarget.get(options);
    if (!answer) forTarget.set(options, (answer = lookup(target, schema, always, strictGroups, groups)));
    return answer;
  };
}
