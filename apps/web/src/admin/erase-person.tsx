// Erasing a person: a button that first says, in plain words, what erasure removes, what it
// keeps without their name, that their sessions end, and that it cannot be undone.
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { invalidate, queryClient } from '../queries';
import { adminApi, type AdminPerson } from './admin-api';
import { useAdminProblem, useAdminT } from './admin-t';

export function ErasePerson({ person, onErased }: { person: AdminPerson; onErased: () => void }) {
  const { t, rich } = useAdminT();
  const describe = useAdminProblem();
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const erase = useMutation({ mutationFn: () => adminApi.erasePerson(person.id) }, queryClient);

  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);

  function cancel() {
    setAsking(false);
    erase.reset();
    // Back where they were, once the button is in the page again.
    requestAnimationFrame(() => opener.current?.focus());
  }

  function confirm() {
    if (erase.isPending) return;
    erase.mutate(undefined, {
      onSuccess: () => {
        onErased();
        void invalidate(['admin', 'people']);
      },
    });
  }

  return (
    <section aria-labelledby="erase-heading" className="section">
      <h2 id="erase-heading">{t('admin.erase.heading')}</h2>
      {!asking ? (
        <>
          <p>{t('admin.erase.intro')}</p>
          <button ref={opener} type="button" className="button button-warning" onClick={() => setAsking(true)}>
            {t('admin.erase.open', { name: person.name })}
          </button>
        </>
      ) : (
        <div className="erase-panel">
          <h3 ref={question} tabIndex={-1}>
            {t('admin.erase.question', { name: person.name })}
          </h3>
          <ul>
            <li>{rich('admin.erase.removed', { b: (parts) => <strong>{parts}</strong> })}</li>
            <li>{rich('admin.erase.ended', { b: (parts) => <strong>{parts}</strong> })}</li>
            <li>{rich('admin.erase.kept', { b: (parts) => <strong>{parts}</strong> })}</li>
          </ul>
          <p>
            <strong>{t('admin.erase.final')}</strong>
          </p>
          {erase.isError && (
            <p className="error-text" role="alert">
              {describe(erase.error)}
            </p>
          )}
          <div className="button-group">
            <button type="button" className="button button-warning" aria-disabled={erase.isPending || undefined} onClick={confirm}>
              {erase.isPending ? t('admin.erase.erasing') : t('admin.erase.confirm', { name: person.name })}
            </button>
            <button type="button" className="button button-secondary" onClick={cancel}>
              {t('admin.erase.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
