import { Clock } from '@app/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { SyncStateEntity } from '../entities/sync-state.entity';

@Injectable()
export class SyncStateRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async get<T>(key: string): Promise<T | null> {
    const row = await this.dataSource.manager.findOne(SyncStateEntity, { where: { key } });
    return (row?.value as T) ?? null;
  }

  async set(key: string, value: unknown, tx: EntityManager): Promise<void> {
    await tx
      .createQueryBuilder()
      .insert()
      .into(SyncStateEntity)
      .values({ key, value: value as never, updatedAt: this.clock.now() })
      .orUpdate(['value', 'updated_at'], ['key'])
      .updateEntity(false)
      .execute();
  }

  async remove(key: string, tx: EntityManager): Promise<void> {
    await tx.delete(SyncStateEntity, { key });
  }
}
