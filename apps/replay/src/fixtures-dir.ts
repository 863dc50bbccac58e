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
 * Which fixtures folder to serve: the explicit argument, else $ELMS_FIXTURES_DIR, else
 * `<project root>/../shared/fixtures/elms`. Throws if that folder does not exist, naming the path
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
    candidate = path.resolve(findProjectRoot(), '..', 'shared', 'fixtures', 'elms');
    source = 'the default <project root>/../shared/fixtures/elms';
  }
  if (!existsSync(candidate) || !statSync(candidate).isDirectory()) {
    throw new Error(
      `eLMS fixtures folder not found: ${candidate} (from ${source}). ` +
        `Set ${FIXTURES_DIR_ENV}=/path/to/fixtures/elms or pass --dir / { dir } to the replay server.`,
    );
  }
  return candidate;
}
