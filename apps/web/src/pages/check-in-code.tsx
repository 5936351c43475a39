// The delegate's check-in code on their private page: the code in large type and its QR code,
// the same as in the confirmation mail, for the door's camera or a USB scanner. qrcode loads
// with this page only.
import { checkInCodeMessages } from '@convene/i18n/web/check-in-code.messages';
import { queryOptions, useQuery } from '@tanstack/react-query';
import QRCode from 'qrcode';
import { apiCall } from '../api-base';
import { useMessages } from '../i18n/i18n';
import { queryClient } from '../queries';

/** The code (null until the place is confirmed) and its QR code as an image. */
const checkInCode = (id: string, token: string) =>
  queryOptions({
    queryKey: ['registration', id, token, 'check-in-code'],
    queryFn: async ({ signal }) => {
      const { code } = await apiCall<'GET /registrations/{id}/check-in-code'>('GET', token ? `/registrations/${encodeURIComponent(id)}/check-in-code?token=${encodeURIComponent(token)}` : `/registrations/${encodeURIComponent(id)}/check-in-code`, { signal });
      return code ? { code, qr: await QRCode.toDataURL(code, { errorCorrectionLevel: 'M', margin: 4, scale: 8 }) } : null;
    },
  });

export function CheckInCode({ id, token }: { id: string; token: string }) {
  const { t } = useMessages(checkInCodeMessages);
  const loaded = useQuery(checkInCode(id, token), queryClient);
  if (!loaded.data) return null;
  const { code, qr } = loaded.data;
  return (
    <section aria-labelledby="check-in-code-heading" className="section check-in-code">
      <h2 id="check-in-code-heading">{t('checkInCode.heading')}</h2>
      <p>{t('checkInCode.how')}</p>
      <p className="check-in-code-text">{code}</p>
      <img className="check-in-code-qr" src={qr} alt={t('checkInCode.alt', { code })} width={232} height={232} />
    </section>
  );
}
