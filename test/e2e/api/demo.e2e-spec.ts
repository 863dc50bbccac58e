import request from 'supertest';
import { Demo, startDemo } from '../../../apps/demo/src/demo';
import { demoUrls } from '../../../apps/demo/src/demo-urls';

const text = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('npm run demo', () => {
  let demo: Demo;
  const steps: string[] = [];
  let startedIn = 0;

  beforeAll(async () => {
    const t0 = Date.now();
    demo = await startDemo({ port: 0, progress: (s) => steps.push(s) });
    startedIn = Date.now() - t0;
  }, 120_000);

  afterAll(async () => {
    await demo?.close();
  });

  it('has polled, backfilled, synced the code and read the amendment before it serves, well within two minutes', () => {
    expect(steps).toEqual([
      'first poll',
      'backfill of the captured dates',
      'code sync (chapter 2-173)',
      'document sync (the amending ordinance and its redline)',
    ]);
    expect(startedIn).toBeLessThan(120_000);
  });

  it('serves O2023-0004222 with its stage, the Rule 41 notice and the 2025-01-15 agenda with the comment deadline, under the demo banner', async () => {
    const res = await request(demo.app.getHttpServer()).get('/matters/O2023-0004222').expect(200);
    const page = text(res.text);
    expect(res.text).toContain('<p class="demo-banner" role="note"><strong>Demo data.</strong>');
    expect(page).toContain('Stage On the agenda');
    expect(page).toContain('Rule 41 notice filed');
    expect(page).toContain('Public comment deadline');
    expect(page).toContain('January 15, 2025 at 9:00 AM CST');
  });

  it('serves its redline of chapter 2-173, and the Spanish pages carry the banner too', async () => {
    const server = demo.app.getHttpServer();
    const redline = await request(server).get('/matters/O2023-0004222/redline').expect(200);
    expect(redline.text).toMatch(/<ins[\s>]/);
    expect(redline.text).toMatch(/<del[\s>]/);
    const es = await request(server).get('/matters/O2023-0004222?lang=es').expect(200);
    expect(es.text).toContain('<strong>Datos de demostración.</strong>');
  });

  it('answers every URL it prints', async () => {
    const server = demo.app.getHttpServer();
    for (const [, url] of demoUrls(demo.url)) {
      const p = url.slice(demo.url.length) || '/';
      if (p === '/graphql') continue; // POST only; below
      const res = await request(server).get(p);
      expect({ p, status: res.status }).toEqual({ p, status: 200 });
    }
    const gql = await request(server)
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send({ query: '{ matter(recordNumber: "O2023-0004222") { recordNumber title } }' });
    expect(gql.body).toEqual({
      data: {
        matter: { recordNumber: 'O2023-0004222', title: 'Amendment of Municipal Code Chapter 2-173 regarding Welcoming City Ordinance' },
      },
    });
  });
});
