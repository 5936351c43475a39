// /admin/people/:id: a person's name, address, organisation and roles, and their erasure.
import { apiErrorText } from '../api-errors';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { FieldErrors, Me, NetworkRole } from '../api';
import { Checkbox, ErrorSummary, TextField, summaryItems, text } from '../events/form-fields';
import { useSubmit } from '../events/use-submit';
import { formatDoneOn } from '../format';
import { invalidate, queries, queryClient } from '../queries';
import { adminApi, type AdminPerson, type PersonFields } from './admin-api';
import { AdminPage } from './admin-frame';
import { useAdminProblem, useAdminT } from './admin-t';
import { OrganisationChoice } from './organisation-choice';
import { ErasePerson } from './erase-person';
import { ROLES, useRoleWords } from './roles';

const FORM = 'person';
const FIELDS = ['name', 'email', 'jobTitle', 'organisationId', 'roles'];

export function AdminPersonPage({ id }: { id: string }) {
  const { t } = useAdminT();
  const person = useQuery(queries.adminPerson(id), queryClient);
  return (
    <AdminPage title={person.data?.name ?? t('admin.person.title')}>
      {(me) => (
        <>
          <p>
            <a href="/admin">{t('admin.person.back')}</a>
          </p>
          {person.isPending && <p className="muted">{t('admin.person.loading')}</p>}
          {person.isError && (
            <p className="error-text">{person.error.status === 404 ? t('admin.person.notFound') : t('admin.person.loadFailed', { reason: apiErrorText(person.error) })}</p>
          )}
          {person.isSuccess && <Person person={person.data} me={me} />}
        </>
      )}
    </AdminPage>
  );
}

function Person({ person, me }: { person: AdminPerson; me: Me }) {
  const { t } = useAdminT();
  const [erasedNow, setErasedNow] = useState<string | null>(null);
  if (person.erasedAt) return <ErasedNotice erasedAt={person.erasedAt} justErased={erasedNow} />;
  return (
    <>
      <PersonForm key={person.id} person={person} />
      {person.id === me.id ? (
        <p className="muted section">{t('admin.erase.notYourself')}</p>
      ) : (
        <ErasePerson person={person} onErased={() => setErasedNow(person.name)} />
      )}
    </>
  );
}

/** What is left of an erased person; focused when they were erased just now, so the outcome is read out. */
function ErasedNotice({ erasedAt, justErased }: { erasedAt: string; justErased: string | null }) {
  const { t } = useAdminT();
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (justErased) notice.current?.focus();
  }, [justErased]);
  return (
    <div ref={notice} tabIndex={-1} className="confirmation">
      {justErased && <p>{t('admin.erase.done', { name: justErased })}</p>}
      <p>{t('admin.person.erased', { date: formatDoneOn(erasedAt) })}</p>
    </div>
  );
}

function PersonForm({ person }: { person: AdminPerson }) {
  const { t } = useAdminT();
  const roleWords = useRoleWords();
  const describe = useAdminProblem();
  const [saved, setSaved] = useState(false);
  const save = useSubmit((fields: PersonFields) => adminApi.updatePerson(person.id, fields), describe);
  const { errors, problem, attempt, busy } = save;

  function onSubmit(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    const data = new FormData(submitted.currentTarget);
    const found: FieldErrors = {};
    const name = text(data, 'name');
    const email = text(data, 'email');
    if (!name) found.name = [t('admin.person.nameMissing')];
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) found.email = [t('admin.person.emailWrong')];
    if (Object.keys(found).length) return save.refuse(found);
    setSaved(false);
    save.submit(
      {
        name,
        email,
        jobTitle: text(data, 'jobTitle') || null,
        organisationId: text(data, 'organisationId') || null,
        roles: data.getAll('roles').map(String) as NetworkRole[],
      },
      () => {
        setSaved(true);
        void invalidate(['admin', 'people']);
      },
    );
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="person-details-heading">
      <h2 id="person-details-heading">{t('admin.person.details')}</h2>
      <ErrorSummary id={FORM} items={summaryItems(errors, FORM, FIELDS)} message={problem} attempt={attempt} />
      <TextField id={`${FORM}-name`} name="name" label={t('admin.person.name')} defaultValue={person.name} autoComplete="off" errors={errors.name} />
      <TextField id={`${FORM}-email`} name="email" type="email" label={t('admin.person.email')} defaultValue={person.email ?? ''} autoComplete="off" maxLength={254} errors={errors.email} />
      <TextField id={`${FORM}-jobTitle`} name="jobTitle" label={t('admin.person.jobTitle')} defaultValue={person.jobTitle ?? ''} autoComplete="off" errors={errors.jobTitle} />
      <OrganisationChoice id={`${FORM}-organisationId`} current={person.organisation} errors={errors.organisationId} />
      <fieldset className="fieldset form-group" aria-describedby={`${FORM}-roles-hint`}>
        <legend className="label">{t('admin.person.roles')}</legend>
        <p id={`${FORM}-roles-hint`} className="hint">
          {t('admin.person.rolesHint')}
        </p>
        {ROLES.map((role) => (
          <Checkbox
            key={role}
            id={`${FORM}-roles-${role}`}
            name="roles"
            value={role}
            label={roleWords.name(role)}
            hint={roleWords.what(role)}
            defaultChecked={person.roles.includes(role)}
            errors={role === ROLES[0] ? errors.roles : undefined}
          />
        ))}
      </fieldset>
      <button id={`${FORM}-submit`} type="submit" className="button" aria-disabled={busy || undefined}>
        {busy ? t('admin.saving') : t('admin.person.save')}
      </button>
      <div role="status" className={saved ? 'outcome' : 'outcome-empty'}>
        {saved ? t('admin.person.saved', { name: save.result?.name ?? person.name }) : null}
      </div>
    </form>
  );
}
