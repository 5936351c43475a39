// The fields of an organisation, alike when adding one and when changing it.
import type { FormEvent } from 'react';
import type { FieldErrors } from '../api';
import { ErrorSummary, SelectField, TextField, summaryItems, text } from '../events/form-fields';
import { useSubmit } from '../events/use-submit';
import type { AdminOrganisation, Membership, OrganisationFields, OrganisationKind } from './admin-api';
import { useAdminProblem, useAdminT } from './admin-t';

const FIELDS = ['name', 'kind', 'membership', 'region', 'website'];

export function useOrganisationWords() {
  const { t } = useAdminT();
  return {
    kinds: [
      ['council', t('admin.organisation.kindCouncil')],
      ['other', t('admin.organisation.kindOther')],
    ] as Array<[OrganisationKind, string]>,
    memberships: [
      ['full', t('admin.organisation.membershipFull')],
      ['affiliate', t('admin.organisation.membershipAffiliate')],
      ['none', t('admin.organisation.membershipNone')],
    ] as Array<[Membership, string]>,
  };
}

export function OrganisationForm({
  id,
  heading,
  submitLabel,
  organisation,
  save,
  onSaved,
}: {
  id: string;
  heading: string;
  submitLabel: string;
  organisation?: AdminOrganisation;
  save: (fields: OrganisationFields) => Promise<AdminOrganisation>;
  onSaved: (saved: AdminOrganisation, form: HTMLFormElement) => void;
}) {
  const { t } = useAdminT();
  const words = useOrganisationWords();
  const send = useSubmit(save, useAdminProblem());
  const { errors, problem, attempt, busy } = send;

  function onSubmit(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    const form = submitted.currentTarget;
    const data = new FormData(form);
    const found: FieldErrors = {};
    const name = text(data, 'name');
    const website = text(data, 'website');
    if (!name) found.name = [t('admin.organisation.nameMissing')];
    if (website && !/^https?:\/\/\S+\.\S+$/.test(website)) found.website = [t('admin.organisation.websiteWrong')];
    if (Object.keys(found).length) return send.refuse(found);
    send.submit(
      {
        name,
        kind: text(data, 'kind') as OrganisationKind,
        membership: text(data, 'membership') as Membership,
        region: text(data, 'region') || null,
        website: website || null,
      },
      (saved) => onSaved(saved, form),
    );
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <ErrorSummary id={id} items={summaryItems(errors, id, FIELDS)} message={problem} attempt={attempt} />
      <TextField id={`${id}-name`} name="name" label={t('admin.organisation.name')} defaultValue={organisation?.name} autoComplete="off" errors={errors.name} />
      <SelectField id={`${id}-kind`} name="kind" label={t('admin.organisation.kind')} options={words.kinds} defaultValue={organisation?.kind ?? 'council'} errors={errors.kind} />
      <SelectField
        id={`${id}-membership`}
        name="membership"
        label={t('admin.organisation.membership')}
        hint={t('admin.organisation.membershipHint')}
        options={words.memberships}
        defaultValue={organisation?.membership ?? 'none'}
        errors={errors.membership}
      />
      <TextField
        id={`${id}-region`}
        name="region"
        label={t('admin.organisation.region')}
        hint={t('admin.organisation.regionHint')}
        defaultValue={organisation?.region ?? ''}
        maxLength={100}
        autoComplete="off"
        errors={errors.region}
      />
      <TextField
        id={`${id}-website`}
        name="website"
        label={t('admin.organisation.website')}
        hint={t('admin.organisation.websiteHint')}
        defaultValue={organisation?.website ?? ''}
        maxLength={500}
        autoComplete="off"
        errors={errors.website}
      />
      <button id={`${id}-submit`} type="submit" className="button" aria-disabled={busy || undefined}>
        {busy ? t('admin.saving') : submitLabel}
      </button>
    </form>
  );
}
