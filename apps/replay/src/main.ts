/**
 * CLI: serve a folder of eLMS captures as a local stand-in for https://api.chicityclerkelms.chicago.gov.
 *
 *   node dist/apps/replay/src/main.js [--dir DIR] [--port N] [--host H] [--scale N] [--mess SEED] [--plain-details] [--unlimited]
 *
 * Defaults: dir from $ELMS_FIXTURES_DIR or <project root>/test/fixtures/elms, port $REPLAY_PORT
 * or 8787, host 127.0.0.1. Point the scraper's base URL at the printed URL.
 */
import { parseArgs } from 'node:util';
import { startReplayServer } from './replay-server';

const USAGE =
  'Usage: node dist/apps/replay/src/main.js [--dir DIR] [--port N] [--host H] [--scale N] [--mess SEED] [--plain-details] [--unlimited] [--attachments DIR]';

function intOption(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new Error(`--${name} must be a non-negative integer, got '${raw}'`);
  return Number(raw);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      scale: { type: 'string' },
      mess: { type: 'string' },
      'plain-details': { type: 'boolean', default: false },
      unlimited: { type: 'boolean', default: false },
      attachments: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = intOption('port', values.port ?? process.env['REPLAY_PORT'], 8787);
  const scale = values.scale === undefined ? undefined : intOption('scale', values.scale, 0);
  const mess = values.mess === undefined ? undefined : intOption('mess', values.mess, 0);
  const replay = await startReplayServer({
    dir: values.dir,
    port,
    host: values.host,
    scale,
    mess,
    doubleEncodeDetails: !values['plain-details'],
    rateLimit: values.unlimited ? false : undefined,
    attachments: values.attachments,
  });
  const s = replay.store.summary();
  console.log(`eLMS replay server listening on ${replay.url}`);
  console.log(`  fixtures: ${s.dir}`);
  console.log(`  Municipal Code pages: ${replay.codePages.size} (${replay.codePages.paths().join(', ')})`);
  const m = replay.store.messManifest;
  if (m) {
    const flagged = Object.entries(m.flagged)
      .map(([k, v]) => `${k} ${v.length}`)
      .join(', ');
    console.log(
      `  mess (seed ${m.seed}) over ${m.clones} clones: ${m.broken.length} broken, ${flagged}, ${m.optionalNulls} with optional fields nulled, ${m.trailingSpaces} with trailing spaces`,
    );
  }
  if (values.attachments) console.log(`  attachments: ${values.attachments} at /matterattachmentspublic/{file}`);
  console.log(
    `  matters: ${s.matters} (${s.realMatters} captured, ${s.listOnlyMatters} list-only, ${s.matters - s.realMatters - s.listOnlyMatters} cloned)` +
      `  meetings: ${s.meetings} (${s.meetingDetails} with agenda detail)  bodies: ${s.bodies}  persons: ${s.persons}  vote files: ${s.voteFiles}`,
  );

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: closing after ${replay.requests.length} requests`);
    replay.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  console.error(USAGE);
  process.exit(1);
});
