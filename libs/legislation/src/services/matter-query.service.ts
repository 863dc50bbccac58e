import { Clock } from '@app/core';
import { Injectable } from '@nestjs/common';
import { ActionVoteEntity } from '../entities/action-vote.entity';
import { MatterActionEntity } from '../entities/matter-action.entity';
import { MatterAttachmentEntity } from '../entities/matter-attachment.entity';
import { MatterSponsorEntity } from '../entities/matter-sponsor.entity';
import { MatterEntity } from '../entities/matter.entity';
import { LegislationErrorCode, LegislationException } from '../legislation.exception';
import { MatterRepository } from '../repositories/matter.repository';
import { DataQualityRepository } from '../repositories/data-quality.repository';
import { DataQualityNote } from '../lifecycle/data-quality';
import { classifyActionName } from '../lifecycle';
import { normalizeRecordNumber } from '../types/clean.util';
import { MatterCursor, MatterFilter } from '../types/matter-filter.type';

/**
 * Record numbers: a type prefix (O, SO, R, SR, Or, A, F, …), a year, a dash and a serial
 * (new 7-digit `O2023-0004222`, legacy `Or2011-189`).
 */
export const RECORD_NUMBER = /^[A-Z]{1,4}\d{4}-\d{1,7}$/i;

export type MatterRecord = MatterEntity;
export type MatterActionRecord = MatterActionEntity;
export type ActionVoteRecord = ActionVoteEntity;
export type MatterSponsorRecord = MatterSponsorEntity;
export type MatterAttachmentRecord = MatterAttachmentEntity;

/** @description Read side of matters for the api: look-ups and the batch loads behind DataLoaders. */
@Injectable()
export class MatterQueryService {
  constructor(
    private readonly matters: MatterRepository,
    private readonly quality: DataQualityRepository,
    private readonly clock: Clock,
  ) {}

  /** Source anomalies of these matters (see DataQualityKind), for a quiet note beside the story. */
  dataQualityByMatterIds(ids: string[]): Promise<DataQualityNote[]> {
    return this.quality.notesByMatterIds(ids, this.clock.now());
  }

  async getByRecordNumber(recordNumber: string): Promise<MatterRecord> {
    const n = normalizeRecordNumber(recordNumber);
    if (!RECORD_NUMBER.test(n)) {
      throw new LegislationException(
        LegislationErrorCode.INVALID_RECORD_NUMBER,
        `"${recordNumber}" is not a record number (expected e.g. O2023-0004222)`,
        {
          recordNumber,
        },
      );
    }
    const matter = await this.matters.findByRecordNumber(n);
    if (!matter)
      throw new LegislationException(LegislationErrorCode.MATTER_NOT_FOUND, `No matter with record number ${n}`, { recordNumber: n });
    return matter;
  }

  /** Matters with any of these record numbers; unknown ones are simply absent. */
  listByRecordNumbers(recordNumbers: string[]): Promise<MatterRecord[]> {
    return this.matters.findByRecordNumbers([...new Set(recordNumbers.map(normalizeRecordNumber))]);
  }

  list(filter: MatterFilter, first: number, after: MatterCursor | null): Promise<MatterRecord[]> {
    return this.matters.list(filter, first, after);
  }

  /** Action names the lifecycle table does not know: kept verbatim as OTHER steps, listed for operators to map. */
  async unknownActionNames() {
    return (await this.matters.actionNameCounts()).filter((a) => classifyActionName(a.actionName) === null);
  }

  async count(): Promise<number> {
    return this.matters.count();
  }

  actionsByMatterIds(ids: string[]): Promise<MatterActionRecord[]> {
    return this.matters.listActionsByMatterIds(ids);
  }
  votesByActionIds(ids: string[]): Promise<ActionVoteRecord[]> {
    return this.matters.listVotesByActionIds(ids);
  }
  sponsorsByMatterIds(ids: string[]): Promise<MatterSponsorRecord[]> {
    return this.matters.listSponsorsByMatterIds(ids);
  }
  attachmentsByMatterIds(ids: string[]): Promise<MatterAttachmentRecord[]> {
    return this.matters.listAttachmentsByMatterIds(ids);
  }
}
