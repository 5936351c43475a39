// /admin/organisations: find organisations, a page at a time, and add one;
// /admin/organisations/:id: change one.
import { apiErrorText } from '../api-errors';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { invalidate, queries, queryClient } from '../queries';
import { ADMIN_PAGE_SIZE, adminApi, type AdminOrganisation } from './admin-api';
import { AdminPage, Pager, SearchForm } from './admin-frame';
import { adminOrganisationPath } from './admin-paths';
import { useAdminT } from './admin-t';
import { OrganisationForm, useOrganisationWords } from './organisation-form';

export function AdminOrganisationsPage() {
  const { t } = useAdminT();
  return <AdminPage title={t('admin.organisations.title')}>{() => <Organisations />}</AdminPage>;
}

function Organisations() {
  const { t } = useAdminT();
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  const [added, setAdded] = useState<AdminOrganisation | null>(null);
  const list = useQuery({ ...queries.adminOrganisations(q, offset), placeholderData: keepPreviousData }, queryClient);

  function search(words: string) {
    setQ(words);
    setOffset(0);
  }


  return (
    <>
      <p className="lead">{t('admin.organisations.lead')}</p>
      <p>
        <a href="#add-organisation-heading">{t('admin.organisations.addLink')}</a>
      </p>
      <SearchForm id="organisations-q" label={t('admin.organisations.searchLabel')} hint={t('admin.organisations.searchHint')} onSearch={search} />
      <div aria-live="polite">
        {list.isPending && <p className="muted">{t('admin.organisations.loading')}</p>}
        {list.isError && <p className="error-text">{t('admin.organisations.loadFailed', { reason: apiErrorText(list.error) })}</p>}
        {list.isSuccess && (
          <p>{q ? t('admin.organisations.foundFor', { count: list.data.total, q }) : t('admin.organisations.all', { count: list.data.total })}</p>
        )}
      </div>
      {list.isSuccess && list.data.items.length > 0 && (
        <>
          <ul className="admin-list" aria-label={t('admin.organisations.listLabel')}>
            {list.data.items.map((organisation) => (
              <OrganisationItem key={organisation.id} organisation={organisation} />
            ))}
          </ul>
          <Pager label={t('admin.organisations.pagesLabel')} total={list.data.total} offset={offset} size={ADMIN_PAGE_SIZE} onPage={setOffset} />
        </>
      )}
      <div className="section">
        <OrganisationForm
          id="add-organisation"
          heading={t('admin.organisations.add')}
          submitLabel={t('admin.organisations.addButton')}
          save={adminApi.createOrganisation}
          onSaved={(saved, form) => {
            form.reset();
            setAdded(saved);
            void invalidate(['admin', 'organisations']);
          }}
        />
        <div role="status" className={added ? 'outcome' : 'outcome-empty'}>
          {added && (
            <>
              {t('admin.organisations.added', { name: added.name })} <a href={adminOrganisationPath(added.id)}>{t('admin.organisations.open', { name: added.name })}</a>
            </>
          )}
        </div>
      </div>
    </>
  );
}

function OrganisationItem({ organisation }: { organisation: AdminOrganisation }) {
  const words = useOrganisationWords();
  const kind = words.kinds.find(([value]) => value === organisation.kind)?.[1];
  const membership = words.memberships.find(([value]) => value === organisation.membership)?.[1];
  return (
    <li className="admin-item">
      <h2 className="admin-item-title">
        <a href={adminOrganisationPath(organisation.id)}>{organisation.name}</a>
      </h2>
      <p>{[kind, membership, organisation.region].filter(Boolean).join(' · ')}</p>
    </li>
  );
}

export function AdminOrganisationPage({ id }: { id: string }) {
  const { t } = useAdminT();
  const organisation = useQuery(queries.adminOrganisation(id), queryClient);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <AdminPage title={organisation.data?.name ?? t('admin.organisation.title')}>
      {() => (
        <>
          <p>
            <a href="/admin/organisations">{t('admin.organisation.back')}</a>
          </p>
          {organisation.isPending && <p className="muted">{t('admin.organisations.loading')}</p>}
          {organisation.isError && (
            <p className="error-text">
              {organisation.error.status === 404 ? t('admin.organisation.notFound') : t('admin.organisations.loadFailed', { reason: apiErrorText(organisation.error) })}
            </p>
          )}
          {organisation.isSuccess && (
            <>
              <OrganisationForm
                key={organisation.data.id}
                id="organisation"
                heading={t('admin.organisation.details')}
                submitLabel={t('admin.organisation.save')}
                organisation={organisation.data}
                save={(fields) => adminApi.updateOrganisation(id, fields)}
                onSaved={(updated) => {
                  setSaved(updated.name);
                  void invalidate(['admin', 'organisations'], ['admin', 'people']);
                }}
              />
              <div role="status" className={saved ? 'outcome' : 'outcome-empty'}>
                {saved && t('admin.organisation.saved', { name: saved })}
              </div>
            </>
          )}
        </>
      )}
    </AdminPage>
  );
}
