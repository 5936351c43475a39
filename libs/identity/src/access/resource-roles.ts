import { Injectable } from '@nestjs/common';
import { ResourceTypeUnknown } from '../identity.errors';

/** Answers "does this person hold this role on this resource?" for one resource type. */
export type ResourceRoleResolver = (personId: string, resourceId: string, role: string) => Promise<boolean>;

/**
 * Roles on one resource (organiser of an event, chair of a session, ...). The lib that owns
 * the resource registers a resolver for its type, typically in onModuleInit; the API's guard
 * asks through here. Network admins are let through by the guard before any resolver runs.
 */
@Injectable()
export class ResourceRoles {
  private readonly resolvers = new Map<string, ResourceRoleResolver>();

  register(type: string, resolver: ResourceRoleResolver): void {
    if (this.resolvers.has(type)) throw new Error(`A role resolver for "${type}" is already registered`);
    this.resolvers.set(type, resolver);
  }

  /** Throws ResourceTypeUnknown for a type nobody registered: a wiring mistake, not a refusal. */
  async has(personId: string, type: string, resourceId: string, role: string): Promise<boolean> {
    const resolver = this.resolvers.get(type);
    if (!resolver) throw new ResourceTypeUnknown(type);
    return resolver(personId, resourceId, role);
  }
}
