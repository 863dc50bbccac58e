import { Injectable } from '@nestjs/common';
import { QuarantineRepository, QuarantinedRecordRow } from '../repositories/quarantine.repository';

export type QuarantinedRecord = QuarantinedRecordRow;

/** @description Operators' read side of quarantine: newest seen first, keyset-paged. */
@Injectable()
export class QuarantineQueryService {
  constructor(private readonly quarantine: QuarantineRepository) {}

  list(first: number, after: { lastSeenAt: Date; id: string } | null, kind?: string): Promise<QuarantinedRecord[]> {
    return this.quarantine.list(first, after, kind);
  }

  count(): Promise<number> {
    return this.quarantine.count();
  }
}
