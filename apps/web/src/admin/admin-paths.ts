// The admin pages' addresses (the shell knows only that /admin/... is one of ours: paths.admin).
export const adminPaths = {
  people: '/admin',
  person: '/admin/people/:id',
  organisations: '/admin/organisations',
  organisation: '/admin/organisations/:id',
  mail: '/admin/mail',
} as const;

export const adminPersonPath = (id: string) => `/admin/people/${encodeURIComponent(id)}`;
export const adminOrganisationPath = (id: string) => `/admin/organisations/${encodeURIComponent(id)}`;
