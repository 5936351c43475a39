export * from './organisations/organisation.entity';
export * from './people/person.entity';
export * from './identity.entities';
