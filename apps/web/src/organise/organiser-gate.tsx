import type { ReactNode } from 'react';
import type { Me } from '../api';
import { canOrganise, signInPath, useSignedIn } from '../auth';
import { useOrganiseT } from './organise-t';

/** Shows the page to organisers and admins; asks others to sign in, or says politely why not. */
export function OrganiserGate({ children }: { children: (person: Me) => ReactNode }) {
  const signedIn = useSignedIn();
  const { t } = useOrganiseT();
  if (signedIn.state === 'loading') return <p className="muted">{t('organise.gate.checking')}</p>;
  if (signedIn.state === 'failed') {
    return (
      <>
        <h1>{t('organise.gate.failedHeading')}</h1>
        <p>{t('organise.gate.failed')}</p>
      </>
    );
  }
  if (signedIn.state === 'signed-out') {
    return (
      <>
        <h1>{t('organise.gate.signInHeading')}</h1>
        <p>{t('organise.gate.signInBody')}</p>
        <p>
          <a className="button-link" href={signInPath()}>
            {t('shell.account.signIn')}
          </a>
        </p>
      </>
    );
  }
  if (!canOrganise(signedIn.person)) {
    return (
      <>
        <h1>{t('organise.gate.notOrganiserHeading')}</h1>
        <p>{t('organise.gate.notOrganiser', { name: signedIn.person.name })}</p>
        <p>
          <a href="/">{t('organise.gate.upcoming')}</a>
        </p>
      </>
    );
  }
  return <>{children(signedIn.person)}</>;
}
