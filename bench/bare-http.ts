/**
 * The floor for the api bench, in its own process (forked by api.bench.ts): a bare `node:http`
 * server that answers each path with fixed bytes and headers, the same bytes the api sent for it.
 * Any other path is a 404. It reports its port over IPC.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface BareAnswer {
  path: string;
  contentType: string;
  /** base64 of the exact body. */
  body: string;
}

process.once('message', (answers: BareAnswer[]) => {
  const byPath = new Map(answers.map((a) => [a.path, { type: a.contentType, body: Buffer.from(a.body, 'base64') }]));
  const server = createServer((req, res) => {
    // Drain a request body, as any server must before it answers on a keep-alive connection.
    req.resume();
    req.on('end', () => {
      const answer = byPath.get((req.url ?? '').split('?')[0]!);
      if (!answer) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': answer.type, 'Content-Length': answer.body.length }).end(answer.body);
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as AddressInfo).port }));
});
