import type { Response } from 'express';

/** Answers larger than this are streamed through untouched: not cached, no ETag. */
const MAX_CAPTURED_BYTES = 4 * 1024 * 1024;

type Callback = (err?: Error | null) => void;

function asBuffer(chunk: unknown, encoding?: BufferEncoding): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), encoding ?? 'utf8');
}

/**
 * Holds back what a handler writes until it ends, then hands the whole body to `finish`, which may
 * still set headers (ETag, Cache-Control) or turn the answer into a 304, and returns the body to send
 * (null: none). An answer that outgrows the limit is flushed and streamed as written.
 */
export function captureResponse(res: Response, finish: (body: Buffer) => Buffer | null): void {
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  let chunks: Buffer[] = [];
  let size = 0;
  const restore = () => {
    res.write = write as Response['write'];
    res.end = end as Response['end'];
  };

  res.write = ((chunk: unknown, encoding?: BufferEncoding | Callback, cb?: Callback) => {
    if (typeof encoding === 'function') [cb, encoding] = [encoding, undefined];
    const buf = asBuffer(chunk, encoding);
    chunks.push(buf);
    size += buf.length;
    if (size > MAX_CAPTURED_BYTES) {
      restore();
      for (const c of chunks) write(c);
      chunks = [];
    }
    cb?.();
    return true;
  }) as Response['write'];

  res.end = ((chunk?: unknown, encoding?: BufferEncoding | Callback, cb?: Callback) => {
    if (typeof chunk === 'function') [cb, chunk] = [chunk as Callback, undefined];
    if (typeof encoding === 'function') [cb, encoding] = [encoding, undefined];
    if (chunk !== undefined && chunk !== null) chunks.push(asBuffer(chunk, encoding));
    restore();
    let body: Buffer | null;
    try {
      body = finish(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
    } catch {
      body = Buffer.concat(chunks);
    }
    return body && body.length ? end(body, cb) : end(cb);
  }) as Response['end'];
}
