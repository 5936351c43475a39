import QRCode from 'qrcode';
import type { QrImage } from './mail-templates';
import type { InlineImage } from './mail-transport';

/**
 * A QR code drawn as a PNG for a mail: PNG, not SVG, because most mail clients show no SVG.
 * Large modules and the standard quiet zone of four, so a phone at the door reads it off a
 * screen or a printout.
 */
export async function qrImage(image: QrImage): Promise<InlineImage> {
  const content = await QRCode.toBuffer(image.text, { type: 'png', errorCorrectionLevel: 'M', margin: 4, scale: 8 });
  return { cid: image.cid, filename: 'check-in-code.png', content };
}
