import { AppConfig, ConfigValidationError } from '@app/core';

describe(AppConfig.name, () => {
  it('applies defaults: embedded database, polite eLMS client, five-minute poll', () => {
    const c = AppConfig.fromEnv({});
    expect(c.database).toEqual({ kind: 'pglite', dataDir: expect.stringMatching(/data\/pglite$/) });
    expect(c.elms).toMatchObject({ baseUrl: 'https://api.chicityclerkelms.chicago.gov', requestsPerSecond: 2, maxRetries: 5 });
    expect(c.elms.userAgent).toMatch(/chicago-legislation-tracker\/.+\(\+https:\/\//);
    expect(c.schedule).toMatchObject({ pollCron: '*/5 * * * *', timeZone: 'America/Chicago', enabled: true });
    expect(c.api.port).toBe(3000);
  });

  it('uses PostgreSQL when DATABASE_URL is set and trims a trailing slash off the base URL', () => {
    const c = AppConfig.fromEnv({ DATABASE_URL: 'postgres://u@h:5432/db', ELMS_BASE_URL: 'http://127.0.0.1:8787/' });
    expect(c.database).toEqual({ kind: 'postgres', url: 'postgres://u@h:5432/db', poolSize: 10 });
    expect(c.elms.baseUrl).toBe('http://127.0.0.1:8787');
  });

  it('points eLMS, attachments and the code library at one SOURCE_BASE_URL; each variable of its own still wins', () => {
    const all = AppConfig.fromEnv({ SOURCE_BASE_URL: 'http://127.0.0.1:8787/' });
    expect(all.elms.baseUrl).toBe('http://127.0.0.1:8787');
    expect(all.documents).toMatchObject({
      documentsBaseUrl: 'http://127.0.0.1:8787',
      attachmentsBaseUrl: 'http://127.0.0.1:8787',
      codeLibraryBaseUrl: 'http://127.0.0.1:8787',
    });
    const mixed = AppConfig.fromEnv({ SOURCE_BASE_URL: 'http://127.0.0.1:8787', CODE_LIBRARY_BASE_URL: 'http://127.0.0.1:9999' });
    expect(mixed.elms.baseUrl).toBe('http://127.0.0.1:8787');
    expect(mixed.documents.codeLibraryBaseUrl).toBe('http://127.0.0.1:9999');
    expect(AppConfig.fromEnv({}).documents).toMatchObject({
      documentsBaseUrl: null,
      codeLibraryBaseUrl: 'https://codelibrary.amlegal.com',
    });
  });

  it('is production unless NODE_ENV is development', () => {
    expect(AppConfig.fromEnv({}).development).toBe(false);
    expect(AppConfig.fromEnv({ NODE_ENV: 'test' }).development).toBe(false);
    expect(AppConfig.fromEnv({ NODE_ENV: 'development' }).development).toBe(true);
  });

  it('reports every invalid variable at once', () => {
    let error: ConfigValidationError | undefined;
    try {
      AppConfig.fromEnv({
        PORT: 'eighty',
        POLL_CRON: 'every five minutes',
        ELMS_BASE_URL: 'not a url',
        SCHEDULER_ENABLED: 'maybe',
        ELMS_REQUESTS_PER_SECOND: '0',
      });
    } catch (err) {
      error = err as ConfigValidationError;
    }
    expect(error).toBeInstanceOf(ConfigValidationError);
    expect(error!.problems).toHaveLength(5);
    expect(error!.message).toContain('PORT must be a non-negative integer, got "eighty"');
    expect(error!.message).toContain('POLL_CRON');
  });
});
