import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One message as the SMTP server received it: envelope, unfolded headers, and the decoded text/plain part. */
export interface ReceivedMail {
  to: string[];
  headers: Record<string, string>;
  text: string;
  raw: string;
}

function decodeQuotedPrintable(s: string): string {
  const bytes = s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

function parseHeaders(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) out[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return out;
}

function decodePart(headers: Record<string, string>, body: string): string {
  const cte = (headers['content-transfer-encoding'] ?? '').toLowerCase();
  if (cte === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (cte === 'quoted-printable') return decodeQuotedPrintable(body);
  return body;
}

/** The text/plain part of a message (a bare text message, or the first text/plain of a multipart one). */
function textOf(headers: Record<string, string>, body: string): string {
  const boundary = /boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1];
  if (!boundary) return decodePart(headers, body);
  for (const part of body.split(`--${boundary}`)) {
    const at = part.search(/\r?\n\r?\n/);
    if (at < 0) continue;
    const h = parseHeaders(part.slice(0, at));
    if ((h['content-type'] ?? '').startsWith('text/plain')) return decodePart(h, part.slice(at).replace(/^\r?\n\r?\n/, ''));
  }
  return '';
}

/** A real SMTP server (the smtp-server package) on a free loopback port, keeping what it receives. */
export async function startSmtpSink(): Promise<{
  url: string;
  received: ReceivedMail[];
  /** Set a code (451: try later, 550: no such mailbox) to refuse every recipient with it. */
  refuseWith: { code: number | null };
  close: () => Promise<void>;
}> {
  const received: ReceivedMail[] = [];
  const refuseWith = { code: null as number | null };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuseWith.code === null) return callback();
      callback(Object.assign(new Error(`refused ${address.address}`), { responseCode: refuseWith.code }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const at = raw.search(/\r?\n\r?\n/);
        const headers = parseHeaders(raw.slice(0, at));
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          headers,
          text: textOf(headers, raw.slice(at).replace(/^\r?\n\r?\n/, '')),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseWith,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
