import { createHash } from 'node:crypto';
import { diffText, type DiffHunk } from '@app/diff';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TextDiffRepository } from '../repositories/text-diff.repository';

/** Bump when the diff algorithm's output changes, so cached diffs are recomputed. */
export const DIFF_ALGORITHM_VERSION = 1;

export interface StoredTextDiff {
  id: string;
  algorithm: string;
  hunks: DiffHunk[];
  insertedWords: number;
  deletedWords: number;
  truncated: boolean;
}

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * @description Word-level diffs stored by the content hashes of their two sides: the same pair of
 * texts is diffed once, whichever version, amendment or document they came from.
 */
@Injectable()
export class TextDiffService {
  constructor(private readonly repo: TextDiffRepository) {}

  async diff(from: string, to: string, tx?: EntityManager): Promise<StoredTextDiff> {
    const fromHash = textHash(from);
    const toHash = textHash(to);
    const cached = await this.repo.find(fromHash, toHash, DIFF_ALGORITHM_VERSION, tx);
    if (cached) return toStored(cached);
    const d = diffText(from, to);
    const row = await this.repo.insert(
      {
        fromHash,
        toHash,
        algorithmVersion: DIFF_ALGORITHM_VERSION,
        algorithm: d.algorithm,
        hunks: d.hunks,
        insertedWords: d.insertedWords,
        deletedWords: d.deletedWords,
        truncated: d.truncated,
      },
      tx,
    );
    return toStored(row);
  }

  async byIds(ids: readonly string[]): Promise<Map<string, StoredTextDiff>> {
    return new Map((await this.repo.byIds(ids)).map((r) => [r.id, toStored(r)]));
  }
}

function toStored(r: StoredTextDiff): StoredTextDiff {
  return {
    id: r.id,
    algorithm: r.algorithm,
    hunks: r.hunks,
    insertedWords: r.insertedWords,
    deletedWords: r.deletedWords,
    truncated: r.truncated,
  };
}
