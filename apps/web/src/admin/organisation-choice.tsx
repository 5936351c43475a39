// A person's organisation: a list of the first hundred by name, and a box that narrows it to those
// matching a few letters, for networks with more organisations than a list can hold.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorMessage } from '../events/form-fields';
import { queries, queryClient } from '../queries';
import { useAdminT } from './admin-t';

export function OrganisationChoice({ id, current, errors }: { id: string; current: { id: string; name: string } | null; errors?: string[] }) {
  const { t } = useAdminT();
  // The choice and its name, so it stays in the list whatever the filter shows.
  const [chosen, setChosen] = useState<{ id: string; name: string }>(current ?? { id: '', name: '' });
  const [filter, setFilter] = useState('');
  const words = filter.trim();
  const all = useQuery(queries.adminAllOrganisations(), queryClient);
  const matching = useQuery({ ...queries.adminOrganisations(words, 0), enabled: words.length >= 2, placeholderData: keepPreviousData }, queryClient);
  const listed = (words.length >= 2 ? matching.data?.items : all.data?.items) ?? [];
  const shown = new Map(listed.map((organisation) => [organisation.id, organisation.name]));
  if (chosen.id) shown.set(chosen.id, chosen.name);
  const options = [...shown].sort((a, b) => a[1].localeCompare(b[1]));
  const invalid = Boolean(errors?.length);

  return (
    <div className={`form-group${invalid ? ' form-group-error' : ''}`}>
      <label htmlFor={`${id}-filter`} className="label">
        {t('admin.person.organisationFilter')}
      </label>
      <p id={`${id}-filter-hint`} className="hint">
        {t('admin.person.organisationFilterHint')}
      </p>
      <input
        id={`${id}-filter`}
        type="search"
        className="input"
        value={filter}
        maxLength={200}
        autoComplete="off"
        aria-describedby={`${id}-filter-hint`}
        onChange={(change) => setFilter(change.target.value)}
      />
      <label htmlFor={id} className="label organisation-choice-label">
        {t('admin.person.organisation')}
      </label>
      <ErrorMessage id={id} errors={errors} />
      <select
        id={id}
        name="organisationId"
        className={`input select${invalid ? ' input-error' : ''}`}
        value={chosen.id}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(change) => setChosen({ id: change.target.value, name: change.target.selectedOptions[0]?.text ?? '' })}
      >
        <option value="">{t('admin.person.noOrganisation')}</option>
        {options.map(([value, name]) => (
          <option key={value} value={value}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
