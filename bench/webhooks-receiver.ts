/**
 * Loopback webhook receiver for the webhooks benchmark (bench/webhooks.bench.ts). Kept here rather
 * than imported from test/support, which is not compiled into dist/.
 *
 * Records the arrival time (performance.now(), when the whole body has been read) of every request
 * by webhook-id and path, answers 200 to everything, and verifies every `sampleEvery`-th request of a
 * phase with the `standardwebhooks` reference package (not the project's signing code) against the
 * secret registered for its path, keeping the sampled bodies for the caller to compare.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface Arrival {
  webhookId: string;
  path: string;
  /** performance.now() when the request body was fully read. */
  at: number;
}

export interface ReceiverPhase {
  arrivals: Arrival[];
  /** Requests checked with standardwebhooks, and the ones that failed (with the reason). */
  verified: number;
  verifyFailures: string[];
  /** The checked requests' bodies. */
  samples: { path: string; webhookId: string; body: string }[];
}

export interface BenchReceiver {
  url: string;
  /** Signing secret per path (e.g. `/s/17`). */
  secrets: Map<string, string>;
  /** Starts recording into a fresh phase. */
  startPhase(): ReceiverPhase;
  close(): Promise<void>;
}

export async function startBenchReceiver(sampleEvery: number): Promise<BenchReceiver> {
  const secrets = new Map<string, string>();
  const fresh = (): ReceiverPhase => ({ arrivals: [], verified: 0, verifyFailures: [], samples: [] });
  let phase = fresh();

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = performance.now();
      const path = req.url ?? '';
      const webhookId = String(req.headers['webhook-id'] ?? '');
      const current = phase;
      current.arrivals.push({ webhookId, path, at });
      if ((current.arrivals.length - 1) % sampleEvery === 0) {
        current.verified++;
        const body = Buffer.concat(chunks).toString('utf8');
        const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
        const secret = secrets.get(path);
        current.samples.push({ path, webhookId, body });
        try {
          if (!secret) throw new Error('no secret registered for this path');
          new Webhook(secret).verify(body, headers);
        } catch (err) {
          current.verifyFailures.push(`${path} ${webhookId}: ${(err as Error).message}`);
        }
      }
      // Always 200: a failed sample fails the bench afterwards instead of sending the delivery into backoff.
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  server.keepAliveTimeout = 0;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    secrets,
    startPhase() {
      phase = fresh();
      return phase;
    },
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
