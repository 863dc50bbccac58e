/**
 * The ingest bench's eLMS, in its own process (forked by ingest.bench.ts): the replay server scaled to
 * the bench's matters, as the live eLMS is another machine. In the bench's process its request handling
 * took 7% of the event loop that both the baseline and the pipeline run on. Reports its URL and store
 * summary over IPC, and answers `count` with the number of requests it has received.
 */
import { startReplayServer, type StoreSummary } from '../apps/replay/src';

export type ReplayProcessMessage = { type: 'ready'; url: string; summary: StoreSummary } | { type: 'count'; requests: number };

process.once('message', (opts: { scale: number }) => {
  void startReplayServer({ scale: opts.scale, rateLimit: false, port: 0 }).then((replay) => {
    process.on('message', (m: { type: string }) => {
      if (m.type === 'count') process.send!({ type: 'count', requests: replay.requests.length } satisfies ReplayProcessMessage);
    });
    process.once('disconnect', () => void replay.close().finally(() => process.exit(0)));
    process.send!({ type: 'ready', url: replay.url, summary: replay.store.summary() } satisfies ReplayProcessMessage);
  });
});
