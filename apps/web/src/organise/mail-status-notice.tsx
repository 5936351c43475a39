// On an event's organiser pages, while mail is not getting out: what waits and what to do, in
// words a council officer can act on (the admin's mail page has the counts and the server's answers).
import { useQuery } from '@tanstack/react-query';
import { formatDoneAt } from '../format';
import { queries, queryClient } from '../queries';
import { useOrganiseT } from './organise-t';

export function MailStatusNotice({ eventId }: { eventId: string }) {
  const { t } = useOrganiseT();
  const status = useQuery(queries.mailStatus(eventId), queryClient);
  if (status.data?.state !== 'stuck') return null;
  return (
    <section className="notice-panel" aria-labelledby="mail-stuck-heading">
      <h2 id="mail-stuck-heading">{t('organise.mail.stuckHeading')}</h2>
      <p>{t('organise.mail.stuckBody', { since: formatDoneAt(status.data.waitingSince ?? new Date().toISOString()) })}</p>
    </section>
  );
}
