import { NetworkRole } from '@convene/identity';
import { pdfStructure, pdfText } from '@convene/testing';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import request from 'supertest';
import { bearer, makePerson, tokenFor, unique } from '../identity/identity-fixtures';
import { openEventPage } from './support/event-pages';
import { WIDTHS, journeyStack, launchBrowserWithCamera, mailTo, openPerson } from './support/journey';
import { writeQrVideo } from './support/qr-video';
import { mailLink, signInThroughPage } from './support/sign-in';

/**
 * At the door (issue 15.3): a delegate's private page shows the check-in code and its QR code;
 * the organiser, on the event's check-in page, checks her in by holding that QR code to the camera
 * (Chromium's fake camera films a video of it), checks the next in by the typed code, admits a
 * walk-in to the full event after a clear question, and prints one badge per confirmed place.
 */
describe('Journey: the door', () => {
  jest.setTimeout(300_000);
  let camera: Browser | undefined;
  const videos = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-door-'));

  // Declared before the stack, so the camera's browser closes before the system does.
  afterAll(async () => {
    await camera?.close();
    fs.rmSync(videos, { recursive: true, force: true });
  });

  const stack = journeyStack();

  /** The scene: a published forum of three places with a workshop, filled by three delegates who registered themselves. */
  async function fullForum(organiserEmail: string) {
    const organiser = await makePerson(stack.api, { name: 'Olwen Organiser', email: organiserEmail, roles: [NetworkRole.Organiser] });
    const auth = bearer(await tokenFor(stack.api, organiser));
    const title = unique('Spring Forum');
    const event = await request(stack.api.url)
      .post('/api/v1/events')
      .set(auth)
      .send({ title, kind: 'network_forum', startsAt: '2027-03-11T10:00:00Z', endsAt: '2027-03-11T16:00:00Z', venueName: 'Guildhall', capacity: 3 })
      .expect(201);
    const workshop = await request(stack.api.url)
      .post(`/api/v1/events/${event.body.id}/sessions`)
      .set(auth)
      .send({ title: 'Community energy', kind: 'workshop', startsAt: '2027-03-11T13:00:00Z', endsAt: '2027-03-11T14:00:00Z', room: 'Room 2', capacity: 10 })
      .expect(201);
    await request(stack.api.url).post(`/api/v1/events/${event.body.id}/publish`).set(auth).expect(200);
    const delegates = [
      { name: `Angharad ${unique('Jones')}`, organisationName: 'Cardiff Council', workshopIds: [workshop.body.id] },
      { name: `Ben ${unique('Okafor')}`, organisationName: 'Oldham Council', workshopIds: [] },
      { name: `Cai ${unique('Evans')}`, organisationName: 'Swansea Council', workshopIds: [] },
    ];
    const registered = [];
    for (const delegate of delegates) {
      const email = `${unique('delegate')}@example.org`;
      await request(stack.api.url).post(`/api/v1/events/${event.body.id}/registrations`).send({ ...delegate, email, category: 'delegate' }).expect(201);
      const mail = await mailTo(stack, email, `You're registered: ${title}`);
      const code = /^\s+([2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5})\s*$/m.exec(mail.decoded)?.[1];
      if (!code) throw new Error(`No check-in code in the mail to ${delegate.name}`);
      registered.push({ ...delegate, email, code, mail });
    }
    return { id: event.body.id as string, title, delegates: registered };
  }

  it.each(WIDTHS)('QR code by camera, typed code, a walk-in at a full event, and the badges (%s)', async (width) => {
    const organiserEmail = `${unique('organiser')}@example.org`;
    const forum = await fullForum(organiserEmail);
    const [angharad, ben, cai] = forum.delegates;

    // Angharad's private page shows her code and its QR code, as her mail does.
    const delegate = await openPerson(stack, 'door-delegate', width);
    try {
      await delegate.page.goto(mailLink(stack, angharad.mail, /^\/registrations\/[^?]+\?token=/));
      const section = delegate.page.getByRole('region', { name: 'Your check-in code' });
      await section.getByText(angharad.code, { exact: true }).waitFor();
      await section.getByRole('img', { name: `QR code of your check-in code, ${angharad.code}` }).waitFor();
      await delegate.check('private-page-code');
    } finally {
      await delegate.close();
    }

    // The organiser's phone (or laptop) camera films Angharad's QR code.
    const video = path.join(videos, `${width}.y4m`);
    writeQrVideo(video, angharad.code);
    await camera?.close();
    camera = await launchBrowserWithCamera(video);
    const organiser = await openPerson(stack, 'door', width, { browser: camera });
    const { page } = organiser;
    // The test watches the streams the page takes from the camera, to see each one stopped.
    await organiser.context.addInitScript(`
      window.cameraStreams = [];
      const getUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
      navigator.mediaDevices.getUserMedia = (constraints) => getUserMedia(constraints).then((stream) => (window.cameraStreams.push(stream), stream));
    `);
    // Runs in the page (a function, not a string: the page's CSP refuses eval).
    const allStopped = () => {
      const { cameraStreams } = globalThis as unknown as { cameraStreams: Array<{ getTracks(): Array<{ readyState: string }> }> };
      return cameraStreams.length > 0 && cameraStreams.every((stream) => stream.getTracks().every((track) => track.readyState === 'ended'));
    };
    const cameraStopped = () => page.evaluate(allStopped);
    try {
      // From the event's overview to its check-in page, which holds only what the door needs.
      await signInThroughPage(stack, organiser, organiserEmail, `/organise/events/${forum.id}`);
      await openEventPage(page, 'Check-in');
      expect(new URL(page.url()).pathname).toBe(`/organise/events/${forum.id}/check-in`);
      await page.getByRole('heading', { level: 2, name: 'Check-in' }).waitFor();
      const table = page.getByRole('table', { name: /^Registrations/ });
      await table.getByRole('row', { name: new RegExp(angharad.name) }).getByText('Community energy').waitFor();
      await organiser.check('door');

      // The table fits at both widths: no sideways scrolling, the page's or the table's, to reach a Check in button.
      expect(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')).toBeLessThanOrEqual(0);
      expect(await page.locator('.table-wrapper').evaluate((wrapper) => wrapper.scrollWidth - wrapper.clientWidth)).toBeLessThanOrEqual(0);
      const wrapperBox = await page.locator('.table-wrapper').boundingBox();
      const checkInBox = await table.getByRole('button', { name: `Check in ${cai.name}` }).boundingBox();
      expect(wrapperBox && checkInBox && checkInBox.x + checkInBox.width <= wrapperBox.x + wrapperBox.width).toBe(true);
      // On a phone the table is a list: each status beside its check-in button.
      if (width === 'phone') {
        const row = table.getByRole('row', { name: new RegExp(cai.name) });
        const status = await row.getByRole('cell', { name: 'Confirmed', exact: true }).boundingBox();
        const button = await row.getByRole('button', { name: `Check in ${cai.name}` }).boundingBox();
        expect(status && button && Math.abs(status.y + status.height / 2 - (button.y + button.height / 2))).toBeLessThan(button?.height ?? 0);
      }

      // A browser refused the camera: the organiser is told why and what to do, and can still type.
      const door = page.locator('.door-check-in');
      await door.getByRole('button', { name: 'Scan a QR code with the camera' }).click();
      await door.getByRole('alert').filter({ hasText: 'This browser is not allowed to use the camera' }).waitFor();
      await organiser.check('camera-refused');
      await organiser.context.grantPermissions(['camera'], { origin: stack.api.url });

      // By the camera.
      await door.getByRole('button', { name: 'Scan a QR code with the camera' }).click();
      await door.getByRole('status').filter({ hasText: `${angharad.name} (Cardiff Council) is checked in.` }).waitFor();
      await organiser.check('scanned');
      await door.getByRole('button', { name: 'Stop the camera' }).click();
      await door.getByRole('button', { name: 'Scan a QR code with the camera' }).waitFor();
      expect(await page.evaluate("document.querySelector('video').srcObject")).toBeNull();
      expect(await cameraStopped()).toBe(true);

      // By the code typed (or typed by a USB scanner, which ends with Enter).
      const field = page.getByLabel('Check-in code');
      await field.fill(ben.code.toLowerCase());
      await field.press('Enter');
      await door.getByRole('status').filter({ hasText: `${ben.name} (Oldham Council) is checked in.` }).waitFor();
      await field.fill('ABCDE-FGHJK');
      await field.press('Enter');
      await door.getByRole('status').filter({ hasText: 'Nobody registered for this event has that code.' }).waitFor();
      await organiser.check('typed');

      // A walk-in at the full event: the organiser is asked, and admits them.
      const walkIn = page.getByRole('form', { name: 'Add a walk-in' });
      await walkIn.getByLabel('Name').fill('Dewi Walk-in');
      await walkIn.getByLabel('Organisation (optional)').fill('Newport Council');
      await walkIn.getByRole('button', { name: 'Add and check in' }).click();
      const question = page.getByRole('alertdialog', { name: 'The event is full' });
      await question.getByText('All 3 places are taken. Admit Dewi Walk-in anyway?', { exact: false }).waitFor();
      await organiser.check('walk-in-full');
      await question.getByRole('button', { name: 'Admit Dewi Walk-in over capacity' }).click();
      await walkIn.getByRole('status').filter({ hasText: 'Dewi Walk-in has been added and checked in.' }).waitFor();
      await table.getByRole('row', { name: /Dewi Walk-in/ }).getByText('Walk-in, no email').waitFor();
      await organiser.check('walk-in-admitted');

      // Cai, found by name in the table, checked in by its button: the button gives way to the time.
      const caiRow = table.getByRole('row', { name: new RegExp(cai.name) });
      await caiRow.getByRole('button', { name: `Check in ${cai.name}` }).click();
      await page.getByRole('status').filter({ hasText: `${cai.name} has been checked in.` }).waitFor();
      await caiRow.locator('time').waitFor();
      expect(await caiRow.getByRole('button').count()).toBe(0);
      await organiser.check('checked-in-by-name');

      // The badges, on the people page: one per confirmed place, the walk-in's too.
      await openEventPage(page, 'People');
      const href = await page.getByRole('link', { name: 'Name badges (PDF)' }).getAttribute('href');
      const badges = await page.request.get(`${stack.api.url}${href}`);
      expect(badges.headers()['content-type']).toBe('application/pdf');
      const pdf = await badges.body();
      // A long name wraps on its badge (the text reads back with a space where the line broke).
      const squeezed = (name: string) => name.replace(/\s+/g, '');
      const headings = (await pdfStructure(pdf)).elements.filter((element) => element.role === 'H2').map((element) => squeezed(element.text));
      expect(headings.sort()).toEqual([angharad.name, ben.name, cai.name, 'Dewi Walk-in'].map(squeezed).sort());
      expect((await pdfText(pdf)).text).toContain('Newport Council');

      // Leaving the check-in page with the camera on (for another of the event's pages) turns it off.
      await openEventPage(page, 'Check-in');
      await door.getByRole('button', { name: 'Scan a QR code with the camera' }).click();
      await door.getByText('The camera is on.', { exact: false }).waitFor();
      expect(await cameraStopped()).toBe(false);
      await openEventPage(page, 'Overview');
      await page.getByRole('heading', { level: 2, name: 'At a glance' }).waitFor();
      // The page goes once the next one has loaded: wait for the camera to be let go, then (a timeout here fails).
      await page.waitForFunction(allStopped);
      expect(await cameraStopped()).toBe(true);
    } finally {
      await organiser.close();
    }
  });
});
