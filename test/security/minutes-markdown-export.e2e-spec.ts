import { testConfig } from '@convene/testing';
import type { MinutesView } from '@convene/minutes';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer } from '../identity/identity-fixtures';
import { RunningApi, startApi } from '../support/api';
import { answered, draftMinutes, makeMeeting } from '../minutes/minutes-fixtures';

// Issue 16, smaller: the minutes' Markdown export carried key-moment text raw, so a liveblog
// key moment `<img src=x onerror=alert(1)>` became live HTML wherever the file was rendered next.
describe('Attack: HTML in the text the minutes are drafted from', () => {
  let api: RunningApi;
  let minutes: MinutesView;
  let organiserToken: string;

  beforeAll(async () => {
    api = await startApi(await testConfig());
    const meeting = await makeMeeting(api, { day: 9 });
    organiserToken = meeting.organiserToken;
    const [welcome, , , plenary] = meeting.sessions;
    await api.app.get(DataSource).query(
      `INSERT INTO liveblog_entries (session_id, kind, body, published_at) VALUES
         ($1, 'key_moment', 'The Chair set out the **aims** <img src=x onerror=alert(1)> &amp; more', '2027-06-09T09:05:00Z')`,
      [welcome],
    );
    await answered(api, plenary, { body: 'What about <script>alert(2)</script>?', name: 'Jo <b>Lee</b>', answeredAt: '2027-06-09T11:10:00Z' });
    minutes = (await draftMinutes(api, meeting).expect(201)).body;
  });

  afterAll(async () => {
    await api?.close();
  });

  const exported = async (format: 'md' | 'html') =>
    (await request(api.url).get(`/api/v1/minutes/${minutes.id}/export/${format}`).set(bearer(organiserToken)).buffer(true).parse((res, done) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => done(null, text));
    }).expect(200)).body as string;

  it('exports the Markdown with the HTML people wrote as text, and their Markdown kept', async () => {
    const markdown = await exported('md');
    expect(markdown).not.toMatch(/<img|<script|<b>/i);
    expect(markdown).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(markdown).toContain('&amp;amp; more');
    expect(markdown).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(markdown).toContain('set out the **aims**');
  });

  it('prints the same text, as text, in the HTML export', async () => {
    const html = await exported('html');
    expect(html).not.toMatch(/<img|<script|<b>/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<strong>aims</strong>');
  });
});
