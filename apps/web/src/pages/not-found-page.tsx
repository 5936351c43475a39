// An unknown address: its words load with it, not with the shell every page downloads.
import { notFoundMessages } from '@convene/i18n/web/not-found.messages';
import { useMessages } from '../i18n/i18n';
import { useDocumentTitle } from '../site';

export function NotFoundPage() {
  const { t } = useMessages(notFoundMessages);
  useDocumentTitle(t('notFound.title'));
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <a href="/">{t('notFound.home')}</a>
      </p>
    </>
  );
}
