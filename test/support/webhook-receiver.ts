import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface Received {
  path: string;
  headers: Record<string, string>;
  body: string;
  /** Verified with the standardwebhooks reference package, not the project's code. */
  verified: boolean;
  status: number;
}

/** A loopback webhook receiver: verifies each delivery against the secret of its path. */
export async function startReceiver(): Promise<{
  url: string;
  received: Received[];
  secrets: Map<string, string>;
  /** Answer with this status (e.g. 503: "down") until reset to 200. */
  respondWith: { status: number };
  /** Paths that are always down (503). */
  downPaths: Set<string>;
  /** Wait this long before answering (a slow receiver). */
  latency: { ms: number };
  close(): Promise<void>;
}> {
  const received: Received[] = [];
  const secrets = new Map<string, string>();
  const respondWith = { status: 200 };
  const downPaths = new Set<string>();
  const latency = { ms: 0 };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      let verified: boolean;
      try {
        new Webhook(secrets.get(req.url ?? '') ?? 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw').verify(body, headers);
        verified = true;
      } catch {
        verified = false;
      }
      const status = downPaths.has(req.url ?? '') ? 503 : respondWith.status;
      const answer = () => {
        received.push({ path: req.url ?? '', headers, body, verified, status });
        res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'down');
      };
      if (latency.ms > 0) setTimeout(answer, latency.ms);
      else answer();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    secrets,
    respondWith,
    downPaths,
    latency,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
