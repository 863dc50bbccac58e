import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { parseSecretKey, SECRET_KEY_BYTES, SecretBox } from './secret-box';

/**
 * The SecretBox of this process: SECRETS_KEY (and SECRETS_PREVIOUS_KEYS) when set; otherwise a
 * key generated once into SECRETS_KEY_FILE (0600, folder 0700) and read from there afterwards,
 * so the embedded default starts with no setup. Processes on other machines do not share that
 * file, which is why production sets SECRETS_KEY.
 */
export function createSecretBox(config: AppConfig): SecretBox {
  const { key, previousKeys, keyFile } = config.secrets;
  const previous = previousKeys.map((k, i) => parseSecretKey(k, `SECRETS_PREVIOUS_KEYS[${i}]`));
  if (key) return new SecretBox(parseSecretKey(key, 'SECRETS_KEY'), previous);
  return new SecretBox(parseSecretKey(readOrCreateKeyFile(keyFile), `SECRETS_KEY_FILE (${keyFile})`), previous);
}

function readOrCreateKeyFile(file: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  // Written whole under a temporary name, then linked into place (fails if present): of two
  // processes starting together, one key wins and neither ever reads a half-written file.
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, randomBytes(SECRET_KEY_BYTES).toString('base64') + '\n', { mode: 0o600 });
  try {
    fs.linkSync(tmp, file);
    new Logger('Secrets').warn(
      `SECRETS_KEY is unset: generated a key into ${file}. Set SECRETS_KEY in production (see README, "Secrets at rest").`,
    );
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  } finally {
    fs.unlinkSync(tmp);
  }
  fs.chmodSync(file, 0o600);
  return fs.readFileSync(file, 'utf8');
}
