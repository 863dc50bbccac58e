import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock } from '../clock';
import { ApiKeyRepository } from './api-key.repository';

export interface Operator {
  keyId: string;
  name: string;
}

const hash = (key: string) => createHash('sha256').update(key).digest('hex');

/** @description Creates, verifies and revokes operator API keys (stored hashed). */
@Injectable()
export class ApiKeyService {
  constructor(
    private readonly keys: ApiKeyRepository,
    private readonly clock: Clock,
  ) {}

  /** Returns the key itself, which is never stored and cannot be shown again. */
  async create(name: string): Promise<{ id: string; key: string; prefix: string }> {
    const key = `trk_${randomBytes(24).toString('base64url')}`;
    const row = await this.keys.insert({ name, prefix: key.slice(0, 8), keyHash: hash(key) });
    return { id: row.id, key, prefix: row.prefix };
  }

  async verify(key: string): Promise<Operator | null> {
    if (!key.startsWith('trk_')) return null;
    const row = await this.keys.findActiveByHash(hash(key));
    if (!row) return null;
    await this.keys.markUsed(row.id, this.clock.now());
    return { keyId: row.id, name: row.name };
  }

  revoke(id: string): Promise<boolean> {
    return this.keys.revoke(id, this.clock.now());
  }
}
