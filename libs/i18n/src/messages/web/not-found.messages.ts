import type { Catalogue } from '../message';

// The page for an unknown address (apps/web/src/pages/not-found-page.tsx), loaded only when shown.
export const notFoundMessages = {
  'notFound.title': { en: 'Page not found', cy: "Heb ddod o hyd i'r dudalen", description: 'Heading and tab title of the page for an unknown address.' },
  'notFound.body': {
    en: 'If you typed the address, check it is correct. If you followed a link to an event, it may have been moved or withdrawn.',
    cy: "Os teipioch chi'r cyfeiriad, gwiriwch ei fod yn gywir. Os dilynoch chi ddolen i ddigwyddiad, efallai ei fod wedi'i symud neu ei dynnu'n ôl.",
    description: 'Page-not-found page, explanation.',
  },
  'notFound.home': { en: 'See upcoming events', cy: "Gweld y digwyddiadau i ddod", description: 'Page-not-found page, link to the home page.' },
} satisfies Catalogue;
