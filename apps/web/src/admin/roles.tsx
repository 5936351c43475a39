// The network roles, in words: what each lets a person do.
import type { NetworkRole } from '../api';
import { useAdminT } from './admin-t';

export const ROLES: NetworkRole[] = ['organiser', 'admin'];

export function useRoleWords() {
  const { t } = useAdminT();
  return {
    name: (role: NetworkRole) => (role === 'admin' ? t('admin.role.admin') : t('admin.role.organiser')),
    what: (role: NetworkRole) => (role === 'admin' ? t('admin.role.adminHint') : t('admin.role.organiserHint')),
  };
}

/** The person's roles as tags, or "No network role". */
export function RoleTags({ roles }: { roles: NetworkRole[] }) {
  const { t } = useAdminT();
  const words = useRoleWords();
  return (
    <p className="tags">
      {roles.length ? (
        roles.map((role) => (
          <span key={role} className="tag">
            {words.name(role)}
          </span>
        ))
      ) : (
        <span className="muted">{t('admin.role.none')}</span>
      )}
    </p>
  );
}
