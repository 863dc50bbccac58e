import { DatabaseHealth } from '@app/core';
import { MatterQueryService } from '@app/legislation';
import { ELMS_JOBS, ScrapeRunQueryService } from '@app/scraper';
import { Injectable } from '@nestjs/common';

export interface HealthReport {
  status: 'ok' | 'degraded';
  database: boolean;
  databaseError?: string;
  matters: number | null;
  lastPollAt: Date | null;
}

@Injectable()
export class HealthService {
  constructor(
    private readonly db: DatabaseHealth,
    private readonly matters: MatterQueryService,
    private readonly runs: ScrapeRunQueryService,
  ) {}

  async report(): Promise<HealthReport> {
    const db = await this.db.ping();
    if (!db.ok) return { status: 'degraded', database: false, databaseError: db.error, matters: null, lastPollAt: null };
    const [matters, poll] = await Promise.all([this.matters.count(), this.runs.lastSucceeded(ELMS_JOBS.poll)]);
    return { status: 'ok', database: true, matters, lastPollAt: poll?.finishedAt ?? null };
  }
}
