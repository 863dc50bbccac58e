/**
 * A small closed-loop HTTP load generator for the api benchmark (no dependencies beyond node:http).
 *
 * `concurrency` workers each keep exactly one POST /graphql in flight over a shared keep-alive
 * agent: send, read the whole body, parse it, check it, send the next. Nothing is measured during
 * the warm-up. Then, for `seconds`:
 * - throughput counts the responses that complete inside the window;
 * - latency (hrtime, from just before the request is written until its body has been parsed and
 *   checked) is sampled for every request that *starts* inside the window, including the few
 *   still in flight when it closes, which are awaited. Requests started during the warm-up are
 *   never sampled: the first burst of `concurrency` cold requests would otherwise land in the
 *   window's tail with warm-up-sized latencies.
 *
 * A failure is a transport error, a status other than 200, a body that is not JSON, a body with
 * `errors`, or a body the scenario's `check` rejects. Failures are counted in the warm-up too:
 * the benchmark should fail on any of them, not only on those that fell inside the window.
 */
import * as http from 'node:http';

export interface LoadOptions {
  /** e.g. http://127.0.0.1:41234/graphql */
  url: string;
  concurrency: number;
  seconds: number;
  warmupSeconds: number;
  /** JSON request bodies; request i of the run sends bodies[i % bodies.length]. */
  bodies: string[];
  /** Extra check on a parsed 200 response without `errors`; return a message to count it as a failure. */
  check?: (json: any, bodyIndex: number) => string | undefined;
}

export interface LoadResult {
  /** Responses completed inside the measured window (rps = requests / window). */
  requests: number;
  rps: number;
  /** Latency samples: requests started inside the window. */
  samples: number;
  /** Latencies in milliseconds (nearest-rank percentiles over the samples). */
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** Failed requests over warm-up and window together. */
  failures: number;
  /** The first few distinct failure messages. */
  failureSamples: string[];
  /** Length of the measured window actually used, in seconds. */
  windowSeconds: number;
  /** Mean response body size over the samples, in bytes. */
  meanBytes: number;
}

interface Reply {
  status: number;
  body: string;
  bytes: number;
}

function post(agent: http.Agent, target: URL, payload: Buffer): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        method: 'POST',
        hostname: target.hostname,
        port: target.port,
        path: target.pathname,
        headers: { 'content-type': 'application/json', accept: 'application/json', 'content-length': payload.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const buf = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, body: buf.toString('utf8'), bytes: buf.length });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  if (opts.bodies.length === 0) throw new Error('runLoad: no request bodies');
  const target = new URL(opts.url);
  const payloads = opts.bodies.map((b) => Buffer.from(b, 'utf8'));
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.concurrency, maxFreeSockets: opts.concurrency });

  const NS_PER_MS = 1_000_000n;
  const start = process.hrtime.bigint();
  const windowStart = start + BigInt(Math.round(opts.warmupSeconds * 1000)) * NS_PER_MS;
  const windowEnd = windowStart + BigInt(Math.round(opts.seconds * 1000)) * NS_PER_MS;

  let latencies = new Float64Array(1 << 16);
  let count = 0;
  let completed = 0;
  let failures = 0;
  const samples = new Set<string>();
  let next = 0;
  let bytes = 0;

  const fail = (msg: string) => {
    failures++;
    if (samples.size < 5) samples.add(msg.length > 300 ? `${msg.slice(0, 300)}…` : msg);
  };

  const worker = async () => {
    for (;;) {
      const t0 = process.hrtime.bigint();
      if (t0 >= windowEnd) return;
      const i = next++ % payloads.length;
      let size = 0;
      try {
        const reply = await post(agent, target, payloads[i]!);
        size = reply.bytes;
        if (reply.status !== 200) {
          fail(`HTTP ${reply.status}: ${reply.body}`);
        } else {
          const json = JSON.parse(reply.body);
          if (json.errors) fail(`errors: ${JSON.stringify(json.errors)}`);
          else {
            const bad = opts.check?.(json, i);
            if (bad) fail(bad);
          }
        }
      } catch (err) {
        fail(`transport: ${(err as Error).message}`);
      }
      const t1 = process.hrtime.bigint();
      if (t1 >= windowStart && t1 < windowEnd) completed++;
      if (t0 >= windowStart) {
        if (count === latencies.length) {
          const grown = new Float64Array(latencies.length * 2);
          grown.set(latencies);
          latencies = grown;
        }
        latencies[count++] = Number(t1 - t0) / 1e6;
        bytes += size;
      }
    }
  };

  try {
    await Promise.all(Array.from({ length: opts.concurrency }, worker));
  } finally {
    agent.destroy();
  }

  const windowSeconds = Number(windowEnd - windowStart) / 1e9;
  const sorted = latencies.slice(0, count).sort();
  return {
    requests: completed,
    rps: completed / windowSeconds,
    samples: count,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: count ? sorted[count - 1]! : NaN,
    failures,
    failureSamples: [...samples],
    windowSeconds,
    meanBytes: count ? bytes / count : 0,
  };
}
