import { NetworkRole } from '@convene/identity';
import request from 'supertest';
import { makePerson, unique } from '../identity/identity-fixtures';
import { signInBrowser } from '../support/browser';
import { makeCommittee } from '../votes/votes-fixtures';
import { openEventPage } from './support/event-pages';
import { Person, WIDTHS, journeyStack, openPerson, screenshot } from './support/journey';

/**
 * A committee decides a motion: the organiser keeps the voting members and names a proxy
 * before the meeting; members are checked in at the door; the chair sees the meeting is
 * quorate, puts a motion to the vote, members (and the proxy) vote from their phones, the
 * chair closes it and the result is announced live; the minute-taker's draft carries the
 * decision, and the published minutes show it to the public.
 */
describe('Journey: a committee votes on a motion, and the decision lands in the published minutes', () => {
  jest.setTimeout(400_000);
  const stack = journeyStack();

  it.each(WIDTHS)('voting list and proxy, quorum, a motion carried, the minutes (organiser and chair at %s width)', async (width) => {
    const tag = unique('Vote').slice(-8);
    const committee = await makeCommittee(stack.api);
    const organiserPerson = await makePerson(stack.api, { name: 'Olive Organiser', roles: [NetworkRole.Organiser] });
    const names = ['Ada', 'Ben', 'Cat', 'Dev'].map((first) => `Cllr ${first} ${tag}`);
    const members = await Promise.all(names.map((name) => makePerson(stack.api, { name })));
    const deputy = await makePerson(stack.api, { name: `Deputy Gwen ${tag}` });
    const secret = width === 'phone';
    const motionText = 'that the network adopts the 2027 work programme';

    const organiser = await openPerson(stack, 'committee-organiser', width);
    const chair = await openPerson(stack, 'committee-chair', width);
    // Ada, Ben and Cat come; Dev sends Gwen, who votes for Dev.
    const voters = [members[0], members[1], members[2], deputy];
    const phones = await Promise.all(voters.map((_, index) => openPerson(stack, `committee-${width}-phone-${index + 1}`, 'phone')));
    const reader = await openPerson(stack, 'committee-public-reader', width);
    try {
      // Before the meeting: the organiser starts the voting list, adds the members, names Dev's proxy.
      const { page } = organiser;
      await signInBrowser(organiser.context, stack.api, organiserPerson.email!);
      await page.goto(`${stack.api.url}/organise/events/${committee.eventId}`);
      await openEventPage(page, 'Minutes and votes');
      await page.getByRole('heading', { name: 'Voting members' }).waitFor();
      await page.getByLabel('Quorum (voting members present)').fill('3');
      await page.getByRole('button', { name: 'Start the voting list' }).click();
      await page.getByText('The quorum is 3.').waitFor();
      for (const name of names) {
        await page.getByLabel('Find a person').fill(name);
        await page.getByRole('button', { name: `Add as voting member ${name}` }).click();
        await page.getByText(`${name} is a voting member.`).waitFor();
      }
      const list = page.getByRole('list', { name: 'Members of the voting list' });
      await page.getByRole('button', { name: `Name a proxy for ${names[3]}` }).click();
      await page.getByRole('group', { name: `Proxy for ${names[3]}` }).getByLabel('Find a person').fill(deputy.name);
      await page.getByRole('button', { name: `Name as proxy ${deputy.name}` }).click();
      await page.getByText(`${deputy.name} is ${names[3]}'s proxy for this meeting.`).waitFor();
      await list.getByRole('listitem').filter({ hasText: `${names[3]}Voting · not checked in · proxy: ${deputy.name} (not checked in)` }).waitFor();
      await organiser.check('voting-list');

      // At the door (the event's check-in page): the members who came, and Dev's proxy, are checked in.
      await openEventPage(page, 'Check-in');
      for (const person of voters) {
        await page.getByLabel('Name', { exact: true }).fill(person.name);
        await page.getByLabel('Email address (optional)').fill(person.email!);
        await page.getByRole('button', { name: 'Add and check in' }).click();
        await page.getByText(`${person.name} has been added and checked in.`).waitFor();
      }
      await openEventPage(page, 'Minutes and votes');
      await page.getByRole('button', { name: 'Check again' }).click();
      await page.getByText('3 of 4 voting members checked in · quorum 3 · quorate').waitFor();
      await list.getByRole('listitem').filter({ hasText: `${names[3]}Voting · not checked in · proxy: ${deputy.name} (checked in)` }).waitFor();
      await organiser.check('checked-in');

      // The chair: quorate, a motion put to the vote.
      await signInBrowser(chair.context, stack.api, committee.chairEmail);
      await chair.page.goto(`${stack.api.url}/sessions/${committee.sessionId}/qa/console`);
      await chair.page.getByText('Quorate: 3 of 4 voting members present (quorum 3).').waitFor();
      await chair.check('quorate');
      await chair.page.getByText('Prepare a motion').click();
      await chair.page.getByLabel('Motion: RESOLVED that …').fill(motionText);
      if (secret) await chair.page.getByLabel('Ballot').selectOption('secret');
      await chair.page.getByRole('button', { name: 'Save motion' }).click();
      const card = chair.page.getByRole('article', { name: `Motion: ${motionText}` });
      await card.getByText('Not yet put to the vote').waitFor();
      await card.getByRole('button', { name: 'Put to the vote' }).click();
      await card.getByText('Voting: 0 ballots cast so far').waitFor();
      await chair.check('motion-open');

      // The members and the proxy vote from their phones.
      const choices = ['For', 'For', 'Against', 'For'];
      for (const [index, phone] of phones.entries()) {
        await signInBrowser(phone.context, stack.api, voters[index].email!);
        await phone.page.goto(`${stack.api.url}/sessions/${committee.sessionId}/qa`);
        const group = phone.page.getByRole('group', { name: index === 3 ? `Vote as proxy for ${names[3]}` : 'Your vote' });
        await group.getByRole('button', { name: choices[index], exact: true }).click();
        await phone.page.getByText(index === 3 ? `Your vote as ${names[3]}'s proxy is recorded.` : 'Your vote is recorded.').waitFor();
        if (index === 0 || index === 3) await phone.check(index === 3 ? 'proxy-voted' : 'voted');
      }
      await card.getByText('Voting: 4 ballots cast so far').waitFor({ timeout: 15_000 });
      await chair.check('ballots-in');

      // Closed: carried, announced live on the phones.
      await card.getByRole('button', { name: 'Close the vote' }).click();
      const resolved = `RESOLVED: that the network adopts the 2027 work programme. For 3, Against 1, Abstentions 0.`;
      await card.getByText(resolved, { exact: false }).waitFor();
      await chair.check('carried');
      const announced = phones[1].page.getByRole('article', { name: `Motion: ${motionText}` });
      await announced.getByText(resolved, { exact: false }).waitFor({ timeout: 15_000 });
      expect(await announced.textContent()).toContain(secret ? 'By secret ballot.' : `For: ${names[0]}, ${names[1]}, ${names[3]}. Against: ${names[2]}.`);
      await phones[1].check('announced');

      // The minute-taker's draft carries the decision and the quorum; approved and published.
      await page.goto(`${stack.api.url}/organise/events/${committee.eventId}`);
      await openEventPage(page, 'Minutes and votes');
      await page.getByRole('button', { name: 'Draft minutes from the record' }).click();
      await page.getByRole('heading', { level: 1, name: /^Minutes:/ }).waitFor();
      const decisions = page.getByLabel(/^Decisions of item \d+/).first();
      const drafted = await decisions.inputValue();
      expect(drafted).toContain(resolved);
      expect(drafted).toContain('The meeting was quorate (3 of 4 voting members present; quorum 3).');
      await organiser.check('draft-decision');
      await page.getByRole('button', { name: 'Approve (freezes the text)' }).click();
      await page.getByRole('button', { name: 'Yes, approve' }).click();
      await page.getByText('Approved: the text is now frozen.').waitFor();
      await page.getByRole('button', { name: 'Publish and mail those present and with apologies' }).click();
      await page.getByRole('button', { name: 'Yes, publish and mail' }).click();
      await page.getByText(/^Published\./).waitFor();
      const minutesId = new URL(page.url()).pathname.split('/').pop() as string;

      // The public minutes page, for anyone (not signed in).
      await reader.page.goto(`${stack.api.url}/minutes/${minutesId}`);
      await reader.page.getByRole('heading', { name: 'Decisions' }).waitFor();
      await reader.page.getByText(resolved, { exact: false }).waitFor();
      expect(await reader.page.getByText('Signed in as').count()).toBe(0);
      await reader.check('published-minutes');
      const published = await request(stack.api.url).get(`/api/v1/minutes/${minutesId}`).expect(200);
      expect(published.body.status).toBe('published');
    } catch (error) {
      for (const [who, person] of [['organiser', organiser], ['chair', chair], ['reader', reader], ...phones.map((phone, index) => [`phone-${index + 1}`, phone] as const)] as Array<[string, Person]>) {
        await screenshot(person.page, `committee-${width}-failed-${who}`).catch(() => undefined);
      }
      throw error;
    } finally {
      await Promise.all([organiser, chair, reader, ...phones].map((person) => person.close()));
    }
  });
});
