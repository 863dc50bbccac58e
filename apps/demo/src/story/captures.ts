import * as fs from 'node:fs';
import * as path from 'node:path';
import { resolveFixturesDir } from '../../../replay/src';

/** Reads a real capture from test/fixtures/elms (or ELMS_FIXTURES_DIR): the base every synthetic document is derived from. */
export function readCapture<T = unknown>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(resolveFixturesDir(), file), 'utf8')) as T;
}
