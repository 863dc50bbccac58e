import { CoreModule, UnitOfWork, writeOutboxEvents } from '@app/core';
import { WebhooksModule } from '@app/webhooks';
import { Test, TestingModule } from '@nestjs/testing';
import type { TestDatabase } from './db';

/** The webhooks lib over a test database, as a worker composes it. Two contexts on one database are two workers. */
export async function createWebhooksContext(db: TestDatabase, now?: () => Date): Promise<TestingModule> {
  const moduleRef = await Test.createTestingModule({
    imports: [CoreModule.forRoot({ config: db.config, pglite: db.pglite, now }), WebhooksModule],
  }).compile();
  await moduleRef.init();
  return moduleRef;
}

/** Writes `count` vote-recorded events for one matter, as the ingest would (same transaction helper). */
export async function emitVoteEvents(ctx: TestingModule, count: number, at: Date, tag = 'e'): Promise<void> {
  await ctx.get(UnitOfWork).transaction((tx) =>
    writeOutboxEvents(
      Array.from({ length: count }, (_, i) => ({
        type: 'matter.vote_recorded' as const,
        dedupKey: `test:${tag}:${i}`,
        subject: 'O2023-0004222',
        data: { matter: { recordNumber: 'O2023-0004222' }, n: i, tag },
        occurredAt: new Date(at.getTime() + i),
      })),
      tx,
    ),
  );
}
