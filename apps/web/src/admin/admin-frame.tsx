// What every admin page shares: the check that an administrator is signed in, the page title,
// and the admin area's own navigation (people, organisations, mail queue).
import '../organise/organise.css';
import './admin.css';
import type { FormEvent, ReactNode } from 'react';
import { useRoute } from 'wouter';
import type { Me } from '../api';
import { signInPath, useSignedIn } from '../auth';
import { useDocumentTitle } from '../site';
import { adminPaths } from './admin-paths';
import { useAdminT } from './admin-t';

export const isAdmin = (person: Me) => person.roles.includes('admin');


/** An admin page: `title` names it (document title and h1); others are asked to sign in, or told why not. */
export function AdminPage({ title, children }: { title: string; children: (person: Me) => ReactNode }) {
  const signedIn = useSignedIn();
  const { t } = useAdminT();
  const allowed = signedIn.state === 'signed-in' && isAdmin(signedIn.person);
  useDocumentTitle(allowed ? title : t('admin.gate.title'));
  if (signedIn.state === 'loading') return <p className="muted">{t('admin.gate.checking')}</p>;
  if (signedIn.state === 'failed') {
    return (
      <>
        <h1>{t('admin.gate.failedTitle')}</h1>
        <p>{t('admin.gate.failed')}</p>
      </>
    );
  }
  if (signedIn.state === 'signed-out') {
    return (
      <>
        <h1>{t('admin.gate.title')}</h1>
        <p>{t('admin.gate.signIn')}</p>
        <p>
          <a className="button-link" href={signInPath()}>
            {t('admin.gate.signInLink')}
          </a>
        </p>
      </>
    );
  }
  if (!allowed) {
    return (
      <>
        <h1>{t('admin.gate.title')}</h1>
        <p>{t('admin.gate.notAdmin', { name: signedIn.person.name })}</p>
        <p>
          <a href="/">{t('admin.gate.home')}</a>
        </p>
      </>
    );
  }
  return (
    <>
      <AdminNav />
      <h1>{title}</h1>
      {children(signedIn.person)}
    </>
  );
}

function AdminNav() {
  const { t } = useAdminT();
  const [people] = useRoute(adminPaths.people);
  const [person] = useRoute(adminPaths.person);
  const [organisations] = useRoute(adminPaths.organisations);
  const [organisation] = useRoute(adminPaths.organisation);
  const [mail] = useRoute(adminPaths.mail);
  // The page itself, or 'true' on a page within that part (a person within People).
  const current = (page: boolean, within: boolean) => (page ? 'page' : within ? 'true' : undefined);
  return (
    <nav aria-label={t('admin.nav.label')} className="admin-nav">
      <ul>
        <li>
          <a href={adminPaths.people} aria-current={current(people, person)}>
            {t('admin.nav.people')}
          </a>
        </li>
        <li>
          <a href={adminPaths.organisations} aria-current={current(organisations, organisation)}>
            {t('admin.nav.organisations')}
          </a>
        </li>
        <li>
          <a href={adminPaths.mail} aria-current={current(mail, false)}>
            {t('admin.nav.mail')}
          </a>
        </li>
      </ul>
    </nav>
  );
}

/** The search box above an admin list: `onSearch` gets the words, trimmed. */
export function SearchForm({ id, label, hint, onSearch }: { id: string; label: string; hint: string; onSearch: (q: string) => void }) {
  const { t } = useAdminT();
  function submit(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    onSearch(String(new FormData(submitted.currentTarget).get('q') ?? '').trim());
  }
  return (
    <form role="search" aria-label={label} className="search-form" onSubmit={submit}>
      <label htmlFor={id} className="label">
        {label}
      </label>
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      <div className="search-row">
        <input id={id} name="q" type="search" className="input" maxLength={200} aria-describedby={`${id}-hint`} />
        <button type="submit" className="button button-secondary">
          {t('admin.search')}
        </button>
      </div>
    </form>
  );
}

/** "Previous page · Page 2 of 5 · Next page" under a paged list. */
export function Pager({ label, total, offset, size, onPage }: { label: string; total: number; offset: number; size: number; onPage: (offset: number) => void }) {
  const { t } = useAdminT();
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.floor(offset / size) + 1;
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" className="button button-secondary button-small" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - size))}>
        {t('admin.pager.previous')}
      </button>{' '}
      <span>{t('admin.pager.position', { page, pages })}</span>{' '}
      <button type="button" className="button button-secondary button-small" disabled={page >= pages} onClick={() => onPage(offset + size)}>
        {t('admin.pager.next')}
      </button>
    </nav>
  );
}
