import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { ApiTestApp, startApiApp } from './api-app';
import { writeSyntheticElmsFolder } from './fixtures/synthetic-o2023-0004222';

export type SyntheticApp = ApiTestApp;

/**
 * The api over a database filled from the real captures plus the synthetic O2023-0004222 story,
 * with the clock at `now` (default: 2025-01-10, between the Rule 41 notice and the vote).
 */
export async function startSyntheticApp(
  now: Date | (() => Date) = new Date('2025-01-10T18:00:00Z'),
  extra: {
    transform?: (path: string, body: unknown) => unknown;
    env?: Record<string, string>;
    /** Attachment files served at /matterattachmentspublic/{name}. */
    attachments?: Record<string, string>;
    transformCodePage?: (path: string, html: string) => string;
    typeormLogger?: TypeOrmLogger;
  } = {},
): Promise<SyntheticApp> {
  const dir = writeSyntheticElmsFolder(fs.mkdtempSync(path.join(os.tmpdir(), 'elms-synthetic-')));
  const clock = typeof now === 'function' ? now : () => now;
  const app = await startApiApp({
    replay: { dir, transform: extra.transform, attachments: extra.attachments, transformCodePage: extra.transformCodePage },
    env: extra.env,
    now: clock,
    typeormLogger: extra.typeormLogger,
    fill: { poll: true, backfill: true },
  });
  return {
    ...app,
    close: async () => {
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
