import type { Catalogue } from '../message';

// The delegate's check-in code and its QR code on their private registration page
// (apps/web/src/pages/check-in-code.tsx). The Welsh is our own: a translator should review it.
export const checkInCodeMessages = {
  'checkInCode.heading': { en: 'Your check-in code', cy: 'Eich cod cofrestru wrth gyrraedd', description: "Private registration page: heading above the delegate's check-in code and its QR code." },
  'checkInCode.how': {
    en: 'Show this at the door, on your phone or printed: the QR code is scanned, or you can read the code out.',
    cy: "Dangoswch hwn wrth y drws, ar eich ffôn neu wedi'i argraffu: caiff y cod QR ei sganio, neu gallwch ddarllen y cod yn uchel.",
    description: 'Private registration page: under the heading, how the code is used.',
  },
  'checkInCode.alt': {
    en: 'QR code of your check-in code, {code}',
    cy: 'Cod QR eich cod cofrestru wrth gyrraedd, {code}',
    description: 'Private registration page: alt text of the QR code image. {code} is the code, like K7QMX-4RT9B.',
  },
} satisfies Catalogue;
