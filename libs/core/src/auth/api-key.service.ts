import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { ApiKeyEntity } from './api-key.entity';

export interface Operator {
  keyId: string;
  name: string;
}

const hash = (key: string) => createHash('sha256').update(key).digest('hex');

/** @description Creates, verifies and revokes operator API keys (stored hashed). */
@Injectable()
export class ApiKeyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Returns the key itself, which is never stored and cannot be shown again. */
  async create(name: string): Promise<{ id: string; key: string; prefix: string }> {
    const key = `trk_${randomBytes(24).toString('base64url')}`;
    const row = await this.dataSource.manager.save(ApiKeyEntity, { name, prefix: key.slice(0, 8), keyHash: hash(key) });
    return { id: row.id, key, prefix: row.prefix };
  }

  async verify(key: string): Promise<Operator | null> {
    if (!key.startsWith('trk_')) return null;
    const row = await this.dataSource.manager.findOne(ApiKeyEntity, { where: { keyHash: hash(key), revokedAt: IsNull() } });
    if (!row) return null;
    await this.dataSource.manager.update(ApiKeyEntity, { id: row.id }, { lastUsedAt: new Date() });
    return { keyId: row.id, name: row.name };
  }

  async revoke(id: string): Promise<boolean> {
    const res = await this.dataSource.manager.update(ApiKeyEntity, { id, revokedAt: IsNull() }, { revokedAt: new Date() });
    return (res.affected ?? 0) > 0;
  }
}
