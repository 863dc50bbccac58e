import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { ApiKeyEntity } from './api-key.entity';

/** The `api_key` table: keys are found by their hash, never by the key itself. */
@Injectable()
export class ApiKeyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  insert(row: { name: string; prefix: string; keyHash: string }): Promise<ApiKeyEntity> {
    return this.dataSource.manager.save(ApiKeyEntity, row);
  }

  findActiveByHash(keyHash: string): Promise<ApiKeyEntity | null> {
    return this.dataSource.manager.findOne(ApiKeyEntity, { where: { keyHash, revokedAt: IsNull() } });
  }

  async markUsed(id: string, at: Date): Promise<void> {
    await this.dataSource.manager.update(ApiKeyEntity, { id }, { lastUsedAt: at });
  }

  /** False when the key is unknown or already revoked. */
  async revoke(id: string, at: Date): Promise<boolean> {
    const res = await this.dataSource.manager.update(ApiKeyEntity, { id, revokedAt: IsNull() }, { revokedAt: at });
    return (res.affected ?? 0) > 0;
  }
}
