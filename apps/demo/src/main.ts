import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { startDemo } from './demo';
import { demoUrls } from './demo-urls';

/** `npm run demo [-- --port N]`: the tracker over replayed captures and the synthetic O2023-0004222 story, offline. */
async function main(): Promise<void> {
  const started = Date.now();
  const { values } = parseArgs({ options: { port: { type: 'string', default: '3000' } }, strict: true });
  if (!/^\d+$/.test(values.port)) throw new Error(`--port must be a number, got '${values.port}'`);
  console.log('Demo: starting the replay of the captures and the synthetic story, then the tracker on a throwaway database');
  const demo = await startDemo({
    port: Number(values.port),
    progress: (step) => console.log(`  ${step} (${((Date.now() - started) / 1000).toFixed(1)} s)`),
  });
  console.log(`\nThe tracker is serving demo data at ${demo.url} (its clock starts at 2025-01-10, Chicago). Open:\n`);
  for (const [label, href] of demoUrls(demo.url)) console.log(`  ${label.padEnd(38)} ${href}`);
  console.log('\nEvery page carries a "demo data" banner. Ctrl-C stops the demo and deletes its database.');
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
