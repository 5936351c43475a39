import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('gives a development setup with nothing set', () => {
    const config = loadConfig({});
    expect(config.nodeEnv).toBe('development');
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.redisUrl).toBeUndefined();
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it('names every missing variable in production', () => {
    expect.assertions(6);
    try {
      loadConfig({ NODE_ENV: 'production' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const { problems } = error as ConfigError;
      for (const name of ['DATABASE_URL', 'PUBLIC_URL', 'SMTP_URL', 'MAIL_FROM', 'SESSION_SECRET']) {
        expect(problems.some((problem) => problem.startsWith(name))).toBe(true);
      }
    }
  });

  it('refuses malformed values and says which and why', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT must be a whole number/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x/y' })).toThrow(/DATABASE_URL must start with postgres:\/\//);
    expect(() => loadConfig({ REDIS_URL: 'not a url' })).toThrow(/REDIS_URL is not a valid URL/);
    expect(() => loadConfig({ MAIL_FROM: 'nobody' })).toThrow(/MAIL_FROM/);
    expect(() => loadConfig({ NODE_ENV: 'staging' })).toThrow(/NODE_ENV/);
  });

  it('reads the calendar settings, with a 2-minute debounce and day-before reminders by default', () => {
    expect(loadConfig({})).toMatchObject({ calendarDebounceMs: 120_000, reminderHoursBefore: 24 });
    expect(loadConfig({ CALENDAR_DEBOUNCE_MS: '0', REMINDER_HOURS_BEFORE: '48' })).toMatchObject({ calendarDebounceMs: 0, reminderHoursBefore: 48 });
    expect(() => loadConfig({ CALENDAR_DEBOUNCE_MS: '-1' })).toThrow(/CALENDAR_DEBOUNCE_MS must be a whole number/);
    expect(() => loadConfig({ REMINDER_HOURS_BEFORE: '0' })).toThrow(/REMINDER_HOURS_BEFORE must be a whole number of hours from 1/);
    expect(loadConfig({}).sessionReminderMinutesBefore).toBe(10);
    expect(loadConfig({ SESSION_REMINDER_MINUTES_BEFORE: '0' }).sessionReminderMinutesBefore).toBe(0);
    expect(() => loadConfig({ SESSION_REMINDER_MINUTES_BEFORE: '-5' })).toThrow(/SESSION_REMINDER_MINUTES_BEFORE must be a whole number of minutes from 0 to 120/);
  });

  it('sends mail from one worker process by default, or as many as MAIL_WORKER_PROCESSES says', () => {
    expect(loadConfig({}).mailWorkerProcesses).toBe(1);
    expect(loadConfig({ MAIL_WORKER_PROCESSES: '6' }).mailWorkerProcesses).toBe(6);
    expect(() => loadConfig({ MAIL_WORKER_PROCESSES: '0' })).toThrow(/MAIL_WORKER_PROCESSES must be a whole number from 1 to 64/);
    expect(() => loadConfig({ MAIL_WORKER_PROCESSES: 'two' })).toThrow(/MAIL_WORKER_PROCESSES/);
  });

  it('refuses a short session secret in production', () => {
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://u:p@db/convene',
        PUBLIC_URL: 'https://meetings.example.org',
        SMTP_URL: 'smtp://mail.example.org:587',
        MAIL_FROM: 'network@example.org',
        SESSION_SECRET: 'short',
      }),
    ).toThrow(/SESSION_SECRET must be at least 32 characters/);
  });

  it('accepts a complete production setup', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://u:p@db/convene',
      REDIS_URL: 'redis://redis:6379',
      PUBLIC_URL: 'https://meetings.example.org',
      SMTP_URL: 'smtp://mail.example.org:587',
      MAIL_FROM: 'CCIN <network@example.org>',
      SESSION_SECRET: 'x'.repeat(40),
      PORT: '8080',
    });
    expect(config.port).toBe(8080);
    expect(config.redisUrl).toBe('redis://redis:6379');
  });
});
