import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { AppConfig, CoreModule, createAppLogger } from '@app/core';
import { ElmsBackfillService, ScraperModule } from '@app/scraper';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { backfillProgressLine } from './backfill-progress';

const USAGE = 'Usage: npm run backfill -- --from YYYY-MM-DD --to YYYY-MM-DD [--step 50]';

function parseDay(value: string | undefined, name: string): Date {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new Error(`--${name} must be a date like 2023-01-31\n${USAGE}`);
  return new Date(`${value}T00:00:00Z`);
}

/**
 * Backfills matters introduced in [from, to) and meetings dated in it. Safe to interrupt (Ctrl-C
 * stops after the current step) or kill: rerun the same command and it resumes from its cursor.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' }, step: { type: 'string' } } });
  const from = parseDay(values.from, 'from');
  const to = parseDay(values.to, 'to');
  if (to <= from) throw new Error(`--to must be after --from\n${USAGE}`);
  const config = AppConfig.fromProcessEnv();
  @Module({ imports: [CoreModule.forRoot({ config }), ScraperModule] })
  class BackfillModule {}
  const app = await NestFactory.createApplicationContext(BackfillModule, { logger: createAppLogger(config) });
  const abort = new AbortController();
  const stop = () => {
    process.stderr.write('\nStopping after the current step; rerun the same command to resume.\n');
    abort.abort();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const result = await app.get(ElmsBackfillService).backfill({
      from,
      to,
      stepSize: values.step ? Number(values.step) : undefined,
      signal: abort.signal,
      onProgress: (p) => process.stderr.write(`${backfillProgressLine(p)}\n`),
    });
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await app.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
