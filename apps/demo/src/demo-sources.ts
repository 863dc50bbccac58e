import * as path from 'node:path';
import { findProjectRoot, startReplayServer, type ReplayServer } from '../../replay/src';
import { O2023_0004222_ATTACHMENT_FILE, writeSyntheticElmsFolder } from './story/synthetic-o2023-0004222';
import { withWard15Person } from './story/synthetic-person-ward-15';
import { withSyntheticRollCall } from './story/synthetic-roll-call';

/** The amending ordinance the demo serves as O2023-0004222's attachment (a test document, see its README). */
export const DEMO_AMENDMENT_PDF = path.join('test', 'support', 'documents', 'o2023-0004222-amendment.pdf');

/**
 * The sources of the demo, on one local replay server: the real captures in test/fixtures plus the
 * synthetic O2023-0004222 story (matter, 2025-01-15 Council agenda, Rule 41 notice), its amending
 * document, a roll call and the ward-15 alder, and the chapter 2-173 pages. These are the same
 * derived documents the browser and e2e tests read.
 */
export function startDemoSources(workDir: string): Promise<ReplayServer> {
  const dir = writeSyntheticElmsFolder(path.join(workDir, 'elms'));
  return startReplayServer({
    dir,
    port: 0,
    rateLimit: false,
    transform: (p, body) => withWard15Person(p, withSyntheticRollCall(p, body)),
    attachments: { [O2023_0004222_ATTACHMENT_FILE]: path.join(findProjectRoot(__dirname), DEMO_AMENDMENT_PDF) },
  });
}
