import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { deliverOnce, RESPONSE_SNIPPET_BYTES, WEBHOOK_USER_AGENT } from '../../../libs/webhooks/src/delivery/deliver-once';
import { generateWebhookSecret } from '../../../libs/webhooks/src/signing/webhook-secret';
import { signWebhook } from '../../../libs/webhooks/src/signing/sign-payload';
import { resolvePublicTarget } from '../../../libs/core/src/outbound/ssrf-guard';

interface Received {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void;

describe('deliverOnce against a loopback receiver', () => {
  let server: http.Server;
  let port: number;
  let received: Received[];
  let handler: Handler;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        received.push({ method: req.method!, url: req.url!, headers: req.headers, body });
        handler(req, res, body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    received = [];
    handler = (_req, res) => res.writeHead(204).end();
  });

  const body = JSON.stringify({ type: 'matter.created', timestamp: '2024-05-01T12:00:00Z', data: { title: 'Ordinance ✓' } });
  const pinned = (url: string) => ({ url: new URL(url), address: '127.0.0.1', family: 4 as const });

  it('POSTs the signed body byte-for-byte; the receiver verifies it with standardwebhooks', async () => {
    const secret = generateWebhookSecret();
    const headers = signWebhook({ id: 'msg_loop1', timestamp: new Date(), body, secret });
    let verified: unknown;
    handler = (req, res, raw) => {
      verified = new Webhook(secret).verify(raw, req.headers as Record<string, string>);
      res.writeHead(200, { 'content-type': 'text/plain' }).end('thanks');
    };
    const target = await resolvePublicTarget(`http://127.0.0.1:${port}/hooks/in?tenant=7`, { allowHosts: ['127.0.0.1'] });
    const result = await deliverOnce({ target, headers: { ...headers }, body, timeoutMs: 5000 });

    expect(result).toMatchObject({ ok: true, status: 200, responseSnippet: 'thanks', error: null });
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    expect(verified).toEqual(JSON.parse(body));
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ method: 'POST', url: '/hooks/in?tenant=7', body });
    expect(received[0].headers['content-type']).toBe('application/json');
    expect(received[0].headers['user-agent']).toBe(WEBHOOK_USER_AGENT);
    expect(received[0].headers['content-length']).toBe(String(Buffer.byteLength(body)));
  });

  it('connects to the pinned address whatever the host name would resolve to; Host is the URL host', async () => {
    // receiver.test does not resolve at all; the request must still reach 127.0.0.1.
    const result = await deliverOnce({ target: pinned(`http://receiver.test:${port}/x`), headers: {}, body, timeoutMs: 5000 });
    expect(result).toMatchObject({ ok: true, status: 204, error: null });
    expect(received).toHaveLength(1);
    expect(received[0].headers.host).toBe(`receiver.test:${port}`);
  });

  it('reports a 500 as a failure with the response snippet', async () => {
    handler = (_req, res) => res.writeHead(500).end('boom');
    const result = await deliverOnce({ target: pinned(`http://127.0.0.1:${port}/`), headers: {}, body, timeoutMs: 5000 });
    expect(result).toMatchObject({ ok: false, status: 500, responseSnippet: 'boom', error: 'HTTP 500' });
  });

  it.each([301, 302, 307, 308])('does not follow a %i redirect', async (code) => {
    handler = (req, res) => {
      if (req.url === '/elsewhere') res.writeHead(200).end('should not get here');
      else res.writeHead(code, { location: '/elsewhere' }).end();
    };
    const result = await deliverOnce({ target: pinned(`http://127.0.0.1:${port}/`), headers: {}, body, timeoutMs: 5000 });
    expect(result).toMatchObject({ ok: false, status: code, error: 'redirect not followed' });
    expect(received.map((r) => r.url)).toEqual(['/']);
  });

  it('times out a receiver that never answers', async () => {
    handler = () => {
      /* hang */
    };
    const started = Date.now();
    const result = await deliverOnce({ target: pinned(`http://127.0.0.1:${port}/`), headers: {}, body, timeoutMs: 200 });
    expect(result.ok).toBe(false);
    expect(result.status).toBeNull();
    expect(result.error).toMatch(/timeout/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('counts a 2xx whose body never finishes as delivered once the deadline passes', async () => {
    handler = (_req, res) => {
      res.writeHead(202);
      res.write('accepted, still writing');
    };
    const result = await deliverOnce({ target: pinned(`http://127.0.0.1:${port}/`), headers: {}, body, timeoutMs: 200 });
    expect(result).toMatchObject({ ok: true, status: 202, responseSnippet: 'accepted, still writing', error: null });
  });

  it('keeps at most 1 KB of the response, on a character boundary', async () => {
    handler = (_req, res) => res.writeHead(200).end('é'.repeat(5000));
    const result = await deliverOnce({ target: pinned(`http://127.0.0.1:${port}/`), headers: {}, body, timeoutMs: 5000 });
    expect(result.ok).toBe(true);
    expect(Buffer.byteLength(result.responseSnippet)).toBeLessThanOrEqual(RESPONSE_SNIPPET_BYTES);
    expect(result.responseSnippet).toBe('é'.repeat(512));
  });

  it('never throws for connection errors', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const result = await deliverOnce({ target: pinned(`http://127.0.0.1:${deadPort}/`), headers: {}, body, timeoutMs: 2000 });
    expect(result).toMatchObject({ ok: false, status: null });
    expect(result.error).toMatch(/^connect ECONNREFUSED 127\.0\.0\.1:\d+$/);
  });

  it('lets callers override the user-agent but not content-type or Host', async () => {
    await deliverOnce({
      target: pinned(`http://hooks.test:${port}/`),
      headers: { 'User-Agent': 'custom/2', 'Content-Type': 'text/plain', Host: 'evil.test' },
      body,
      timeoutMs: 5000,
    });
    expect(received[0].headers['user-agent']).toBe('custom/2');
    expect(received[0].headers['content-type']).toBe('application/json');
    expect(received[0].headers.host).toBe(`hooks.test:${port}`);
  });
});
