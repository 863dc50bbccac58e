/**
 * Baseline of the webhooks benchmark: the same signed POSTs the delivery service sends, straight to
 * the receiver with node:http and nothing else — no outbox, no claims, no attempt log. Like
 * `deliverOnce` it signs each request just before sending it (`signWebhook`), opens a fresh
 * connection per request (`agent: false`) and reads the whole response.
 */
import * as http from 'node:http';
import { signWebhook } from '@app/webhooks';

export interface BaselineTarget {
  path: string;
  secret: string;
  webhookId: string;
}

export interface BaselineResult {
  /** Requests that did not end in a 2xx answer, with the reason. */
  failures: string[];
}

function postOnce(base: URL, t: BaselineTarget, body: string): Promise<string | null> {
  const payload = Buffer.from(body, 'utf8');
  const headers = {
    'user-agent': 'webhooks-bench-baseline',
    ...signWebhook({ id: t.webhookId, timestamp: new Date(), body, secret: t.secret }),
    'content-type': 'application/json',
    'content-length': String(payload.length),
  };
  return new Promise((resolve) => {
    const req = http.request({ method: 'POST', hostname: base.hostname, port: base.port, path: t.path, headers, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode && res.statusCode >= 200 && res.statusCode < 300 ? null : `HTTP ${res.statusCode}`));
      res.on('error', (err) => resolve(err.message));
    });
    req.on('error', (err) => resolve(err.message));
    req.end(payload);
  });
}

/** Sends one POST per target with `concurrency` workers, each keeping one request in flight. */
export async function signedPosts(baseUrl: string, targets: BaselineTarget[], body: string, concurrency: number): Promise<BaselineResult> {
  const base = new URL(baseUrl);
  const failures: string[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < targets.length) {
      const t = targets[next++]!;
      const err = await postOnce(base, t, body);
      if (err) failures.push(`${t.path}: ${err}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, targets.length) }, worker));
  return { failures };
}
