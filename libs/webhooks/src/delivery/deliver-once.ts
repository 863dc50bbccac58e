import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { StringDecoder } from 'node:string_decoder';

/** Sent unless the caller's headers set their own `user-agent`. */
export const WEBHOOK_USER_AGENT = 'chicago-legislation-tracker-webhooks/1.0';

/** Most bytes of the response body kept (and read) for diagnostics. */
export const RESPONSE_SNIPPET_BYTES = 1024;

export interface DeliverOnceInput {
  /** A target checked by `resolveDeliveryTarget`; the request connects to `address` only. */
  target: { url: URL; address: string; family: 4 | 6 };
  /** Extra headers, typically the `webhook-*` signature headers. */
  headers: Record<string, string>;
  /** Sent byte-for-byte: must be exactly the string that was signed. */
  body: string;
  /** Whole-attempt deadline (connect + send + response headers + snippet). */
  timeoutMs: number;
}

export interface DeliveryAttemptResult {
  ok: boolean;
  status: number | null;
  latencyMs: number;
  /** First ≤ 1 KB (UTF-8 bytes) of the response body. */
  responseSnippet: string;
  error: string | null;
}

/** DNS lookup that always answers with the pinned, already-checked address (defeats DNS rebinding). */
function pinnedLookup(address: string, family: 4 | 6): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options && options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  }) as unknown as LookupFunction;
}

function errorMessage(err: unknown): string {
  // Duck-typed: errors from Node core may come from another realm (e.g. under Jest), failing instanceof.
  if (err && typeof err === 'object' && typeof (err as Error).message === 'string') {
    const { message, name } = err as Error;
    const code = (err as NodeJS.ErrnoException).code;
    if (code && !message.includes(code)) return message ? `${code}: ${message}` : code;
    return message || name || 'error';
  }
  return String(err);
}

/**
 * POST one webhook delivery. Never throws for network/HTTP problems: they come back as `ok: false` with
 * `error` set. Redirects are not followed (a 3xx is a failure); only 2xx is ok.
 */
export function deliverOnce(input: DeliverOnceInput): Promise<DeliveryAttemptResult> {
  const { target, body, timeoutMs } = input;
  const started = process.hrtime.bigint();
  const elapsed = (): number => Math.round(Number(process.hrtime.bigint() - started) / 1e6);

  return new Promise<DeliveryAttemptResult>((resolve) => {
    let settled = false;
    let status: number | null = null;
    const decoder = new StringDecoder('utf8');
    let snippet = '';
    let snippetBytes = 0;

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(
      () => {
        timedOut = true;
        // Once the status line has arrived the receiver has answered; a slow body only cuts the snippet short.
        if (status !== null) finish(httpError());
        controller.abort();
      },
      Math.max(1, timeoutMs),
    );

    const finish = (error: string | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const ok = error === null && status !== null && status >= 200 && status < 300;
      resolve({ ok, status, latencyMs: elapsed(), responseSnippet: snippet, error });
    };
    const httpError = (): string | null => {
      if (status === null) return 'no response';
      if (status >= 200 && status < 300) return null;
      if (status >= 300 && status < 400) return 'redirect not followed';
      return `HTTP ${status}`;
    };

    const url = target.url;
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      finish(`unsupported scheme ${url.protocol}`);
      return;
    }
    const isHttps = url.protocol === 'https:';
    const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
    const payload = Buffer.from(body, 'utf8');

    const headers: Record<string, string> = {
      'user-agent': WEBHOOK_USER_AGENT,
      ...Object.fromEntries(Object.entries(input.headers).map(([k, v]) => [k.toLowerCase(), v])),
      'content-type': 'application/json',
      'content-length': String(payload.length),
      host: url.host,
    };

    let req: http.ClientRequest;
    try {
      const options: https.RequestOptions = {
        method: 'POST',
        protocol: url.protocol,
        hostname,
        port: url.port || (isHttps ? 443 : 80),
        path: `${url.pathname}${url.search}`,
        headers,
        family: target.family,
        lookup: pinnedLookup(target.address, target.family),
        agent: false,
        signal: controller.signal,
      };
      if (isHttps && isIP(hostname) === 0) options.servername = hostname;
      req = (isHttps ? https : http).request(options);
    } catch (err) {
      finish(errorMessage(err));
      return;
    }

    req.on('response', (res) => {
      status = res.statusCode ?? null;
      // An incomplete trailing UTF-8 sequence (held back by the decoder) is dropped, never half-decoded.
      const done = (): void => finish(httpError());
      res.on('data', (chunk: Buffer) => {
        if (settled) return;
        const room = RESPONSE_SNIPPET_BYTES - snippetBytes;
        const part = chunk.subarray(0, room);
        snippetBytes += part.length;
        // StringDecoder.write keeps an incomplete trailing UTF-8 sequence back, so no partial characters.
        snippet += decoder.write(part);
        if (snippetBytes >= RESPONSE_SNIPPET_BYTES) {
          finish(httpError());
          res.destroy();
        }
      });
      res.on('end', done);
      // Closed or broken mid-body after the status line: the status is still what the receiver answered.
      res.on('error', done);
      res.on('close', done);
    });
    req.on('error', (err) => finish(timedOut ? `timeout after ${timeoutMs} ms` : errorMessage(err)));
    req.end(payload);
  });
}
