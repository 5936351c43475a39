import { ResourceRoles } from './resource-roles';

describe('the resource roles registry', () => {
  it('asks the resolver registered for the resource type, passing person, resource and role', async () => {
    const roles = new ResourceRoles();
    const calls: string[][] = [];
    roles.register('session', async (personId, resourceId, role) => {
      calls.push([personId, resourceId, role]);
      return personId === 'p1' && role === 'chair';
    });
    await expect(roles.has('p1', 'session', 's1', 'chair')).resolves.toBe(true);
    await expect(roles.has('p2', 'session', 's1', 'chair')).resolves.toBe(false);
    expect(calls).toEqual([['p1', 's1', 'chair'], ['p2', 's1', 'chair']]);
  });

  it('refuses a second resolver for the same type', () => {
    const roles = new ResourceRoles();
    roles.register('event', async () => true);
    expect(() => roles.register('event', async () => false)).toThrow(/already registered/);
  });

  it('fails loudly for a type nobody registered rather than answering no', async () => {
    await expect(new ResourceRoles().has('p1', 'nothing', 'x', 'chair')).rejects.toThrow(/No role resolver/);
  });
});
