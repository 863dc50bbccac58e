import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';

export const FIXTURES_DIR_ENV = 'ELMS_FIXTURES_DIR';

/**
 * The folder holding package.json above `from`. Walking up (rather than a fixed `../..`) keeps this
 * right both for the TS sources under jest and for the compiled copy under dist/apps/replay/src.
 */
export function findProjectRoot(from: string = __dirname): string {
  let dir = path.resolve(from);
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Could not find package.json in ${from} or any folder above it`);
    dir = parent;
  }
}

/**
 * The project's own copies of the public captures (`test/fixtures/{elms,municipal-code,…}`), so a
 * fresh clone replays and tests with nothing beside it. New captures arrive in the team's captures
 * folder outside the repository first and are copied here with their .source.txt notes
 * (test/fixtures/README.md).
 */
export function projectFixturesDir(kind: 'elms' | 'municipal-code' | 'ordinance-text' | 'legistar'): string {
  return path.join(findProjectRoot(), 'test', 'fixtures', kind);
}

/**
 * Which fixtures folder to serve: the explicit argument, else $ELMS_FIXTURES_DIR, else
 * `<project root>/test/fixtures/elms`. Throws if that folder does not exist, naming the path
 * tried, because a silently empty replay server makes every scraper test fail confusingly.
 */
export function resolveFixturesDir(dir?: string): string {
  let source: string;
  let candidate: string;
  if (dir !== undefined && dir !== '') {
    candidate = path.resolve(dir);
    source = 'the explicit dir argument';
  } else if (process.env[FIXTURES_DIR_ENV]) {
    candidate = path.resolve(process.env[FIXTURES_DIR_ENV]);
    source = `$${FIXTURES_DIR_ENV}`;
  } else {
    candidate = projectFixturesDir('elms');
    source = 'the default <project root>/test/fixtures/elms';
  }
  if (!existsSync(candidate) || !statSync(candidate).isDirectory()) {
    throw new Error(
      `eLMS fixtures folder not found: ${candidate} (from ${source}). ` +
        `Set ${FIXTURES_DIR_ENV}=/path/to/fixtures/elms or pass --dir / { dir } to the replay server.`,
    );
  }
  return candidate;
}
