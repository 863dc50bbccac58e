import 'reflect-metadata';
import { AppConfig, CoreModule, createAppLogger } from '@app/core';
import { QuarantineReprocessService, ScraperModule } from '@app/scraper';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

/**
 * `npm run quarantine:reprocess`: after a fix, re-validates every quarantined record from its stored
 * raw copy (no request to eLMS) and stores what passes. Prints what became of them.
 */
async function main(): Promise<void> {
  const config = AppConfig.fromProcessEnv();
  @Module({ imports: [CoreModule.forRoot({ config }), ScraperModule] })
  class ReprocessModule {}
  const app = await NestFactory.createApplicationContext(ReprocessModule, { logger: createAppLogger(config) });
  try {
    const r = await app.get(QuarantineReprocessService).reprocess();
    console.log(`stored ${r.stored}, still failing ${r.stillFailing}, list rows waiting for the next poll ${r.waiting} (run ${r.runId})`);
  } finally {
    await app.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
