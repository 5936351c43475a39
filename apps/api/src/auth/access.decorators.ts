import { SetMetadata } from '@nestjs/common';
import { NetworkRole } from '@convene/identity';

export const PUBLIC_ROUTE = 'convene:public';
export const REQUIRED_ROLES = 'convene:roles';
export const REQUIRED_RESOURCE_ROLE = 'convene:resource-role';

export interface RequiredResourceRole {
  type: string;
  role: string;
  /** The route parameter holding the resource's id. */
  param: string;
}

/** Opens a route to anyone; every other route needs a signed-in person. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Needs one of these network roles (admins pass every role check). */
export const RequireRoles = (...roles: NetworkRole[]) => SetMetadata(REQUIRED_ROLES, roles);

/**
 * Needs `role` on the resource whose id is in route parameter `param`, as answered by the
 * resolver the owning lib registered with ResourceRoles. Network admins always pass.
 */
export const RequireResourceRole = (type: string, role: string, param = 'id') =>
  SetMetadata(REQUIRED_RESOURCE_ROLE, { type, role, param } satisfies RequiredResourceRole);

export const ACCEPTS_FORM = 'convene:accepts-form';

/** The route also takes an HTML form post (the sign-in page's); every other body must be JSON. */
export const AcceptsForm = () => SetMetadata(ACCEPTS_FORM, true);
