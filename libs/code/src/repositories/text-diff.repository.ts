import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { TextDiffEntity } from '../entities/text-diff.entity';

@Injectable()
export class TextDiffRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(fromHash: string, toHash: string, algorithmVersion: number, tx?: EntityManager): Promise<TextDiffEntity | null> {
    return (tx ?? this.dataSource.manager).findOne(TextDiffEntity, { where: { fromHash, toHash, algorithmVersion } });
  }

  byIds(ids: readonly string[]): Promise<TextDiffEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.createQueryBuilder(TextDiffEntity, 'd').where('d.id IN (:...ids)', { ids }).getMany();
  }

  /** Concurrent writers of the same diff both end up with the one stored row. */
  async insert(row: Omit<TextDiffEntity, 'id' | 'computedAt'>, tx?: EntityManager): Promise<TextDiffEntity> {
    const m = tx ?? this.dataSource.manager;
    await m.query(
      `INSERT INTO text_diff (from_hash, to_hash, algorithm_version, algorithm, hunks, inserted_words, deleted_words, truncated)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (from_hash, to_hash, algorithm_version) DO NOTHING`,
      [
        row.fromHash,
        row.toHash,
        row.algorithmVersion,
        row.algorithm,
        JSON.stringify(row.hunks),
        row.insertedWords,
        row.deletedWords,
        row.truncated,
      ],
    );
    return (await this.find(row.fromHash, row.toHash, row.algorithmVersion, tx))!;
  }
}
