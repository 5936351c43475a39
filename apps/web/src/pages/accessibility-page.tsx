// The accessibility statement (issue 14.13), in the structure of the UK public sector model
// statement: how accessible the site is, what is not, how to report a problem, how it was tested.
import { useQuery } from '@tanstack/react-query';
import { apiCall } from '../api-base';
import { queryClient } from '../queries';
import { useDocumentTitle } from '../site';

/** When this statement was prepared and last reviewed (change it when it is reviewed). */
const PREPARED = '2 December 2026';

export function AccessibilityPage() {
  useDocumentTitle('Accessibility statement');
  const contact = useQuery(
    { queryKey: ['accessibility'], queryFn: ({ signal }) => apiCall<{ contactEmail: string }>('GET', '/accessibility', { signal }) },
    queryClient,
  );
  const email = contact.data?.contactEmail;
  return (
    <>
      <h1>Accessibility statement for Convene</h1>
      <p>
        Convene runs the meetings of the Co-operative Councils Innovation Network: events and registration, liveblogs, live questions, polls and votes,
        and minutes. We want as many people as possible to be able to use it: to change colours and text size, zoom in up to 400% without text spilling
        off the screen, get around with a keyboard alone, use it with a screen reader, and read it on a phone.
      </p>

      <h2>How accessible this website is</h2>
      <p>We know some parts are not fully accessible:</p>
      <ul>
        <li>some pages are not yet fully translated into Welsh: parts of the liveblog, Q&amp;A and organisers' pages are in English only;</li>
        <li>published minutes as PDF are tagged (headings, lists, reading order and language) but have not been certified against PDF/UA;</li>
        <li>live updates (new liveblog entries, questions and poll results) are announced politely, so a screen reader may say them a little after they appear;</li>
        <li>the projector view of the Q&amp;A is made to be shown in a room and read from a distance, not to be used with a screen reader.</li>
      </ul>

      <h2>Feedback and contact information</h2>
      <p>
        If you need something from this website in a different format, or find a problem not listed here, email{' '}
        {email ? <a href={`mailto:${email}`}>{email}</a> : 'the network (the address our mails come from)'}, or tell the organisers of your event. Say which
        page, and what you were trying to do.
      </p>

      <h2>Enforcement procedure</h2>
      <p>
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2)
        Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, contact the{' '}
        <a href="https://www.equalityadvisoryservice.com/">Equality Advisory and Support Service (EASS)</a>.
      </p>

      <h2>Technical information about this website's accessibility</h2>
      <h3>Compliance status</h3>
      <p>
        This website is partially compliant with the <a href="https://www.w3.org/TR/WCAG22/">Web Content Accessibility Guidelines version 2.2</a> AA
        standard, due to the non-compliances listed below.
      </p>
      <h3>Non-accessible content</h3>
      <ul>
        <li>Welsh: some pages are in English only, which fails success criterion 3.1.2 (language of parts) for Welsh readers who chose Cymraeg.</li>
        <li>PDF minutes: tagged, but not checked against PDF/UA; the web page of the same minutes is the accessible version.</li>
      </ul>

      <h2>How we tested this website</h2>
      <p>Every change runs our journey tests: a person's whole journey in Chromium, through the pages only, at a desktop width (1280 pixels) and a phone width (390 pixels):</p>
      <ul>
        <li>a delegate registering, changing their registration, and cancelling; a full event's waiting list; sending apologies;</li>
        <li>signing in by the mailed link and by typing the code; asking for access to a members-only event;</li>
        <li>a remote attendee following a liveblog through a lost connection, asking and voting on the Q&amp;A;</li>
        <li>an organiser, a chair running a poll, a committee vote, and a minute-taker.</li>
      </ul>
      <p>
        On every page of every journey, axe-core checks the page automatically against WCAG 2.2 AA rules, and a screenshot is kept for a person to look at.
        The journeys also check that focus goes where a person expects after each step (for example to the heading that
        confirms a registration). The website has not yet been tested by people who use screen readers or other assistive
        technology: that is planned, and until then some problems may remain that automated checks cannot find.
      </p>

      <h2>Preparation of this accessibility statement</h2>
      <p>
        This statement was prepared on {PREPARED}. It was last reviewed on {PREPARED}. The website was last tested on {PREPARED}, by the team that builds
        it, with the journeys and checks described above.
      </p>
    </>
  );
}
