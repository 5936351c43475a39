// /admin: find people by name, address or organisation, a page at a time, and open one.
import { apiErrorText } from '../api-errors';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { queries, queryClient } from '../queries';
import { ADMIN_PAGE_SIZE, type AdminPerson } from './admin-api';
import { AdminPage, Pager, SearchForm } from './admin-frame';
import { adminPersonPath } from './admin-paths';
import { useAdminT } from './admin-t';
import { RoleTags } from './roles';

export function AdminPeoplePage() {
  const { t } = useAdminT();
  return <AdminPage title={t('admin.people.title')}>{() => <People />}</AdminPage>;
}

function People() {
  const { t } = useAdminT();
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  const list = useQuery({ ...queries.adminPeople(q, offset), placeholderData: keepPreviousData }, queryClient);

  function search(words: string) {
    setQ(words);
    setOffset(0);
  }


  return (
    <>
      <p className="lead">{t('admin.people.lead')}</p>
      <SearchForm id="people-q" label={t('admin.people.searchLabel')} hint={t('admin.people.searchHint')} onSearch={search} />
      <div aria-live="polite">
        {list.isPending && <p className="muted">{t('admin.people.loading')}</p>}
        {list.isError && <p className="error-text">{t('admin.people.loadFailed', { reason: apiErrorText(list.error) })}</p>}
        {list.isSuccess && (
          <p>{q ? t('admin.people.foundFor', { count: list.data.total, q }) : t('admin.people.everyone', { count: list.data.total })}</p>
        )}
      </div>
      {list.isSuccess && list.data.items.length > 0 && (
        <>
          <ul className="admin-list" aria-label={t('admin.people.listLabel')}>
            {list.data.items.map((person) => (
              <PersonItem key={person.id} person={person} />
            ))}
          </ul>
          <Pager label={t('admin.people.pagesLabel')} total={list.data.total} offset={offset} size={ADMIN_PAGE_SIZE} onPage={setOffset} />
        </>
      )}
    </>
  );
}

function PersonItem({ person }: { person: AdminPerson }) {
  const { t } = useAdminT();
  return (
    <li className="admin-item">
      <h2 className="admin-item-title">
        <a href={adminPersonPath(person.id)}>{person.name}</a>
      </h2>
      <p>
        {person.erasedAt
          ? t('admin.person.erasedNote')
          : [person.email, person.jobTitle, person.organisation?.name ?? t('admin.person.noOrganisation')].filter(Boolean).join(' · ')}
      </p>
      <RoleTags roles={person.roles} />
    </li>
  );
}
