import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/** Prefix of a sealed value: format version, then the id of the key that sealed it. */
const SEALED = /^enc:v1:([0-9a-f]{8}):([A-Za-z0-9+/=]+)$/;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export const SECRET_KEY_BYTES = 32;

export class SecretKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretKeyError';
  }
}

/** Decodes a base64 key and checks its length (AES-256). */
export function parseSecretKey(base64: string, name: string): Buffer {
  const key = Buffer.from(base64.trim(), 'base64');
  if (key.length !== SECRET_KEY_BYTES) {
    throw new SecretKeyError(`${name} must be base64 of ${SECRET_KEY_BYTES} bytes (openssl rand -base64 32); it decodes to ${key.length}`);
  }
  return key;
}

function keyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

/**
 * @description Encrypts small secrets for storage with AES-256-GCM: `enc:v1:<key id>:<base64 of
 * iv | tag | ciphertext>`. Opens values sealed with the current key or any previous one (key
 * rotation); a value without the prefix is plain text written before encryption existed, and
 * opens as itself until it is resealed.
 */
export class SecretBox {
  private readonly keys = new Map<string, Buffer>();
  private readonly currentId: string;

  constructor(
    private readonly current: Buffer,
    previous: Buffer[] = [],
  ) {
    this.currentId = keyId(current);
    for (const k of [current, ...previous]) this.keys.set(keyId(k), k);
  }

  seal(plain: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.current, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `enc:v1:${this.currentId}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  open(stored: string): string {
    const m = SEALED.exec(stored);
    if (!m) return stored;
    const key = this.keys.get(m[1]);
    if (!key)
      throw new SecretKeyError(`A stored secret was sealed with key ${m[1]}, which is neither SECRETS_KEY nor in SECRETS_PREVIOUS_KEYS`);
    const raw = Buffer.from(m[2], 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }

  /**
   * A keyed hash (HMAC-SHA256 under a key derived from the current one for `purpose`) of a value kept only
   * for look-up, such as an e-mail address: equal inputs give equal hashes, and without the key the hash
   * cannot be tested against a list of guesses. After a key rotation, hashes made under the old key no
   * longer match.
   */
  lookupHash(purpose: string, value: string): string {
    const key = Buffer.from(hkdfSync('sha256', this.current, Buffer.alloc(0), `lookup:${purpose}`, 32));
    return createHmac('sha256', key).update(value, 'utf8').digest('base64url');
  }

  /** True for plain text and for values sealed with a previous key. */
  needsReseal(stored: string): boolean {
    const m = SEALED.exec(stored);
    return !m || m[1] !== this.currentId;
  }
}
