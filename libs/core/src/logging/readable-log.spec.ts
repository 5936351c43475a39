import { readableLine } from './readable-log';

const at = new Date(2027, 1, 11, 10, 42, 7).getTime();

describe('readable development logs', () => {
  it('prints a record as time, message, context and its other fields', () => {
    const line = readableLine(JSON.stringify({ level: 30, time: at, pid: 1, hostname: 'vm', context: 'MaintenanceProcessor', sweep: 'offers', passedOn: 2, msg: 'Sweep done' }));
    expect(line).toBe('10:42:07 Sweep done (MaintenanceProcessor) sweep=offers passedOn=2');
  });

  it("drops Nest's start-up chatter but never its warnings", () => {
    expect(readableLine(JSON.stringify({ level: 30, time: at, context: 'RouterExplorer', msg: 'Mapped {/api/v1/events, GET} route' }))).toBeNull();
    expect(readableLine(JSON.stringify({ level: 40, time: at, context: 'InstanceLoader', msg: 'Something odd' }))).toBe('10:42:07 WARN Something odd (InstanceLoader)');
  });

  it('prints a request as method, path, status and time', () => {
    const line = readableLine(JSON.stringify({ level: 30, time: at, req: { id: 'x', method: 'GET', url: '/api/v1/events' }, res: { statusCode: 200 }, responseTime: 12, msg: 'request completed' }));
    expect(line).toBe('10:42:07 request completed GET /api/v1/events 200 12ms');
  });

  it('passes a line that is not JSON through as it is', () => {
    expect(readableLine('plain words\n')).toBe('plain words');
  });
});
