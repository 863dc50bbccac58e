/**
 * The api bench's load generator, in its own process (forked by api.bench.ts): autocannon against
 * one URL, with a warm-up, cycling over the given requests on every connection. Each response is
 * checked for a marker string (the record number it asked for); the result goes back over IPC.
 */
import autocannon from 'autocannon';

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
  /** The response body must contain this (counted as a mismatch otherwise). */
  expect: string;
}

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  warmupSeconds: number;
  requests: LoadRequest[];
}

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  bytesPerResponse: number;
  /** Transport errors, timeouts, non-2xx answers and bodies without their marker. */
  failures: number;
  failureSamples: string[];
}

async function run(opts: LoadOptions): Promise<LoadResult> {
  const samples: string[] = [];
  let mismatches = 0;
  const result = await autocannon({
    url: opts.url,
    connections: opts.connections,
    duration: opts.seconds,
    warmup: { connections: opts.connections, duration: opts.warmupSeconds },
    requests: opts.requests.map((r) => ({
      method: r.method,
      path: r.path,
      body: r.body,
      headers: { 'content-type': 'application/json', ...r.headers },
      onResponse: (status: number, body: string) => {
        if (status === 200 && body.includes(r.expect)) return;
        mismatches++;
        if (samples.length < 5) samples.push(`HTTP ${status}: ${String(body).slice(0, 200)}`);
      },
    })),
  });
  const completed = result.requests.total;
  return {
    requests: completed,
    rps: completed / opts.seconds,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    bytesPerResponse: completed ? result.throughput.total / completed : 0,
    failures: result.errors + result.timeouts + result.non2xx + mismatches,
    failureSamples: samples,
  };
}

process.once('message', (opts: LoadOptions) => {
  run(opts).then(
    (r) => process.send!({ ok: true, result: r }, () => process.exit(0)),
    (err: Error) => process.send!({ ok: false, error: err.stack ?? err.message }, () => process.exit(1)),
  );
});
