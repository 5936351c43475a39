import type { Page } from 'playwright-core';

/** The name of the navigation between an event's organiser pages, in English and Welsh. */
export const EVENT_PAGES_NAV = { en: "This event's pages", cy: "Tudalennau'r digwyddiad hwn" } as const;

/**
 * Goes to one of an event's organiser pages (Overview, Agenda, People, Check-in, …) as a person
 * does, by its link in the pages' navigation, and waits until the link is marked as the current page.
 */
export async function openEventPage(page: Page, name: string, nav: string = EVENT_PAGES_NAV.en): Promise<void> {
  const pages = page.getByRole('navigation', { name: nav });
  // Not exact: the pseudo-locale brackets each message ("[Þéöþļé]").
  await pages.getByRole('link', { name }).click();
  await pages.locator('a[aria-current="page"]').filter({ hasText: name }).waitFor();
}
