// The accessibility statement (issue 14.13), in the structure of the UK public sector model
// statement: how accessible the site is, what is not, how to report a problem, how it was tested.
import { useQuery } from '@tanstack/react-query';
import { apiCall } from '../api-base';
import { queryClient } from '../queries';
import { useDocumentTitle } from '../site';
import { accessibilityMessages } from '@convene/i18n/web/accessibility.messages';
import { formatDoneOn } from '../format';
import { useMessages } from '../i18n/i18n';

/** When this statement was prepared, and when it was last reviewed (change that when it is reviewed again). */
const PREPARED = '2026-12-02T12:00:00Z';
const REVIEWED = '2026-12-03T12:00:00Z';

export function AccessibilityPage() {
  const { t, rich } = useMessages(accessibilityMessages);
  useDocumentTitle(t('a11y.tabTitle'));
  const contact = useQuery(
    { queryKey: ['accessibility'], queryFn: ({ signal }) => apiCall<'GET /accessibility'>('GET', '/accessibility', { signal }) },
    queryClient,
  );
  const email = contact.data?.contactEmail;
  const prepared = formatDoneOn(PREPARED);
  const reviewed = formatDoneOn(REVIEWED);
  return (
    <>
      <h1>{t('a11y.title')}</h1>
      <p>{t('a11y.intro', { network: t('common.network') })}</p>

      <h2>{t('a11y.howAccessible')}</h2>
      <p>{t('a11y.knowParts')}</p>
      <ul>
        <li>{t('a11y.gapWelsh')}</li>
        <li>{t('a11y.gapWelshReview')}</li>
        <li>{t('a11y.gapPdf')}</li>
        <li>{t('a11y.gapLive')}</li>
        <li>{t('a11y.gapProjector')}</li>
      </ul>

      <h2>{t('a11y.feedback')}</h2>
      <p>{rich('a11y.feedbackBody', { contact: email ? <a href={`mailto:${email}`}>{email}</a> : t('a11y.contactFallback') })}</p>

      <h2>{t('a11y.enforcement')}</h2>
      <p>{rich('a11y.enforcementBody', { a: (parts) => <a href="https://www.equalityadvisoryservice.com/">{parts}</a> })}</p>

      <h2>{t('a11y.technical')}</h2>
      <h3>{t('a11y.compliance')}</h3>
      <p>{rich('a11y.complianceBody', { a: (parts) => <a href="https://www.w3.org/TR/WCAG22/">{parts}</a> })}</p>
      <h3>{t('a11y.nonAccessible')}</h3>
      <ul>
        <li>{t('a11y.nonPdf')}</li>
      </ul>

      <h2>{t('a11y.howTested')}</h2>
      <p>{t('a11y.journeys')}</p>
      <ul>
        <li>{t('a11y.journeyDelegate')}</li>
        <li>{t('a11y.journeySignIn')}</li>
        <li>{t('a11y.journeyRemote')}</li>
        <li>{t('a11y.journeyOthers')}</li>
      </ul>
      <p>{t('a11y.checks')}</p>
      <p>{t('a11y.checksLanguage')}</p>

      <h2>{t('a11y.preparation')}</h2>
      <p>{t('a11y.preparationBody', { prepared, reviewed })}</p>
    </>
  );
}
