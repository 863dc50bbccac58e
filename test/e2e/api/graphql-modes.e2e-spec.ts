import request from 'supertest';
import { ApiTestApp, startApiApp } from '../../support/api-app';

const MISSPELT = '{ matter(recordNumber: "SO2025-0019977") { recordNumbr } }';
const INTROSPECTION = '{ __schema { queryType { name } } }';

function post(t: ApiTestApp, query: string): request.Test {
  return request(t.app.getHttpServer()).post('/graphql').set('Content-Type', 'application/json').send({ query });
}

describe('GraphQL in production (the default, as npm start runs it)', () => {
  let t: ApiTestApp;
  beforeAll(async () => {
    t = await startApiApp({ fill: {}, env: { NODE_ENV: 'production' } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers a validation error with no stack trace and no field suggestion', async () => {
    const res = await post(t, MISSPELT);
    const [error] = res.body.errors;
    expect(error.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toContain('Cannot query field "recordNumbr"');
    expect(error.extensions.stacktrace).toBeUndefined();
    expect(JSON.stringify(res.body)).not.toMatch(/did you mean|recordNumber"|stacktrace|\/work\/|node_modules/i);
  });

  it('answers a resolver error with no stack trace', async () => {
    const res = await post(t, '{ matter(recordNumber: "O1900-0000001") { recordNumber } }');
    expect(res.body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(JSON.stringify(res.body)).not.toContain('stacktrace');
  });

  it('refuses introspection and serves no explorer or landing page', async () => {
    const res = await post(t, INTROSPECTION);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors[0].message).toMatch(/introspection/i);
    await request(t.app.getHttpServer()).get('/graphiql').expect(404);
    await request(t.app.getHttpServer()).get('/graphiql/assets/graphiql.js').expect(404);
    const landing = await request(t.app.getHttpServer()).get('/graphql').set('Accept', 'text/html');
    expect(landing.text).not.toMatch(/<script|cdn|unpkg|jsdelivr/i);
  });
});

describe('GraphQL in development (NODE_ENV=development, npm run dev)', () => {
  let t: ApiTestApp;
  beforeAll(async () => {
    t = await startApiApp({ fill: {}, env: { NODE_ENV: 'development' } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers errors with a stack trace and the field suggestion', async () => {
    const res = await post(t, MISSPELT);
    const [error] = res.body.errors;
    expect(error.message).toContain('Did you mean "recordNumber"?');
    expect(error.extensions.stacktrace).toEqual(expect.arrayContaining([expect.stringContaining('GraphQLError')]));
  });

  it('answers introspection', async () => {
    const res = await post(t, INTROSPECTION);
    expect(res.body.data.__schema.queryType.name).toBe('Query');
  });

  it('serves GraphiQL whose every script and stylesheet comes from this server, out of node_modules', async () => {
    const server = t.app.getHttpServer();
    const page = await request(server)
      .get('/graphiql')
      .expect(200)
      .expect('Content-Type', /text\/html/);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const refs = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs).toEqual([
      '/graphiql/assets/graphiql.css',
      '/graphiql/assets/page.css',
      '/graphiql/assets/react.js',
      '/graphiql/assets/react-dom.js',
      '/graphiql/assets/graphiql.js',
      '/graphiql/assets/start.js',
    ]);
    const graphiql = await request(server)
      .get('/graphiql/assets/graphiql.js')
      .expect(200)
      .expect('Content-Type', /javascript/);
    expect(graphiql.text.length).toBeGreaterThan(100_000);
    expect(graphiql.text).toContain('createFetcher');
    const react = await request(server).get('/graphiql/assets/react.js').expect(200);
    expect(react.text).toContain('react.production.min.js');
    await request(server).get('/graphiql/assets/..%2Fpackage.json').expect(404);
  });
});
