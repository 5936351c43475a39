import { eventually } from '../support/eventually';
import { MailFixture, startMailFixture } from '../support/mail-fixture';
import { clientPortsOf, isAlive, workerChildren } from '../support/processes';
import { startWorkerProcess } from '../support/worker-process';

// The worker sending mail from two processes (MAIL_WORKER_PROCESSES=2): its first process
// supervises them. Runs on the Postgres queue backend in `npm test` and on Redis in `npm run test:redis`.
describe('Mail from two worker processes', () => {
  let mail: MailFixture;
  let sinkPort: number;
  const twoProcesses = { MAIL_WORKER_PROCESSES: '2', OUTBOX_RELAY_INTERVAL_MS: '500' };

  beforeAll(async () => {
    mail = await startMailFixture(twoProcesses);
    sinkPort = Number(new URL(mail.sink.url).port);
  });

  afterAll(() => mail?.close());

  it('sends 1,000 mails from both processes, each exactly once, and stops both on SIGTERM', async () => {
    const worker = await startWorkerProcess(mail.config, twoProcesses);
    const children = workerChildren(worker.child.pid as number);
    expect([...children.keys()].sort()).toEqual([1, 2]);
    try {
      const sent = await mail.recordSignInMails(1000, 'both');
      await eventually(() => sent.received().length >= 1000, 'all 1,000 mails', 90_000, 100);
      // Which process sent each mail, by the connection it came on (the pools stay open meanwhile).
      const sentFrom = [...children.values()].map((pid) => {
        const ports = clientPortsOf(pid, sinkPort);
        return sent.received().filter((received) => ports.has(received.clientPort)).length;
      });
      expect(sentFrom.every((count) => count > 0)).toBe(true);
      await mail.queueDrained();
      await mail.expectEachSentOnce(sent);
    } finally {
      await worker.kill('SIGTERM');
    }
    expect([...children.values()].filter(isAlive)).toEqual([]);
  }, 200_000);

  it('restarts a mail process killed with its mail in flight, and what it held still goes out exactly once', async () => {
    const worker = await startWorkerProcess(mail.config, twoProcesses);
    const before = workerChildren(worker.child.pid as number);
    const [first, second] = [before.get(1) as number, before.get(2) as number];
    const { sink } = mail;
    try {
      const sent = await mail.recordSignInMails(1000, 'killed');
      await eventually(() => sent.received().length >= 100, 'the first 100 mails', 90_000, 100);

      // The second process dies with SMTP transactions in flight: their replies are held, so those
      // messages are not delivered (as with a real server) and must be sent again; the first keeps sending.
      sink.holdReplies((clientPort) => !clientPortsOf(first, sinkPort).has(clientPort));
      await eventually(() => sink.heldCount() > 0, 'the second process to have mail in flight', 60_000);
      // What it did deliver is marked sent before the kill (moments after each 250), so a resend
      // could only be of mail it never delivered.
      const secondPorts = clientPortsOf(second, sinkPort);
      await mail.deliveredMarkedSent(sent, (received) => secondPorts.has(received.clientPort));
      process.kill(second, 'SIGKILL');
      await eventually(() => !isAlive(second), 'the second process to die');
      sink.releaseReplies();

      const restarted = () => workerChildren(worker.child.pid as number).get(2);
      await eventually(() => restarted() !== undefined && restarted() !== second, 'the supervisor to start the second process again', 60_000, 100).catch(() => undefined); // the expectation says what it found
      expect(restarted()).toEqual(expect.any(Number));
      expect(restarted()).not.toBe(second);
      expect(workerChildren(worker.child.pid as number).get(1)).toBe(first);

      await eventually(() => sent.received().length >= 1000, 'all 1,000 mails', 120_000, 100);
      await mail.queueDrained();
      await mail.expectEachSentOnce(sent);
    } finally {
      await worker.kill('SIGTERM');
    }
    // Its waits allow 90 + 60 + 20 + 60 + 120 + 90 s: the killed process's jobs come back once their locks expire.
  }, 460_000);

  it('leaves no process behind when the worker is killed with SIGKILL', async () => {
    const worker = await startWorkerProcess(mail.config, twoProcesses);
    const children = [...workerChildren(worker.child.pid as number).values()];
    expect(children).toHaveLength(2);
    await worker.kill('SIGKILL');
    await eventually(() => children.every((pid) => !isAlive(pid)), 'both mail processes to exit once the worker is gone', 30_000, 100).catch(() => undefined); // the expectation says which are left
    expect(children.filter(isAlive)).toEqual([]);
  });
});
