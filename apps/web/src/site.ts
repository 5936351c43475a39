import { useEffect } from 'react';
import { useT } from './i18n/i18n';

/** Sets the tab's title for the page being shown. */
export function useDocumentTitle(title: string | null): void {
  const { t } = useT();
  const full = title ? t('shell.title', { page: title }) : t('shell.titleHome', { network: t('common.network') });
  useEffect(() => {
    document.title = full;
  }, [full]);
}
