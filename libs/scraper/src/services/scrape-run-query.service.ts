import { Injectable } from '@nestjs/common';
import { ScrapeRunEntity } from '../entities/scrape-run.entity';
import { ScrapeRunRepository } from '../repositories/scrape-run.repository';

export type ScrapeRunRecord = ScrapeRunEntity;

/** @description Operators' read side of scrape runs (newest first, keyset-paged). */
@Injectable()
export class ScrapeRunQueryService {
  constructor(private readonly runs: ScrapeRunRepository) {}

  list(first: number, after: { startedAt: Date; id: string } | null, kinds?: string[]): Promise<ScrapeRunRecord[]> {
    return this.runs.list(first, after?.startedAt ?? null, after?.id ?? null, kinds);
  }
}
