import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Set to a Chromium binary to test in that browser instead of the one from the npm package. */
export const CHROMIUM_PATH_ENV = 'CHROMIUM_PATH';
const PACKAGE = '@sparticuz/chromium';

/**
 * The browser the web tests drive: $CHROMIUM_PATH if set, else the Chromium shipped compressed inside
 * the `@sparticuz/chromium` devDependency, unpacked once per installed version under
 * node_modules/.cache. Every machine then tests in the same Chromium, installed by `npm ci` from the
 * registry, with no apt step and no root. Unpacking goes to a private folder renamed into place, so
 * jest workers or two test runs starting together never launch a half-written binary.
 */
export function chromiumExecutable(): string {
  const override = process.env[CHROMIUM_PATH_ENV];
  if (override) {
    if (!existsSync(override))
      throw new Error(
        `${CHROMIUM_PATH_ENV}=${override} does not exist: point it at a Chromium binary, or unset it to use the one from ${PACKAGE}.`,
      );
    return override;
  }
  let entry: string;
  try {
    entry = require.resolve(PACKAGE);
  } catch {
    throw new Error(`${PACKAGE} is not installed: run "npm ci" (it is a devDependency), or set ${CHROMIUM_PATH_ENV} to a Chromium binary.`);
  }
  const packageDir = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const cacheDir = path.resolve(packageDir, '..', '..', '.cache', `sparticuz-chromium-${version}`);
  const executable = path.join(cacheDir, 'chromium');
  if (existsSync(executable)) return executable;

  const staging = `${cacheDir}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  // The package is an ES module that unpacks into os.tmpdir(); a child process with TMPDIR pointed
  // at the staging folder keeps it out of the shared /tmp and out of Jest's module system.
  const script = `import c from ${JSON.stringify(pathToFileURL(entry).href)}; process.stdout.write(await c.executablePath());`;
  const unpacked = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, TMPDIR: staging },
    encoding: 'utf8',
  });
  if (path.resolve(unpacked) !== path.join(staging, 'chromium'))
    throw new Error(`${PACKAGE} unpacked Chromium to ${unpacked}, expected ${staging}/chromium`);
  try {
    renameSync(staging, cacheDir);
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(executable)) throw err; // another process won the rename: use its copy
  }
  return executable;
}
