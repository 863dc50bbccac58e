import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { HealthService } from './health.service';

/**
 * Plain HTTP health for load balancers and orchestrators: 503 when the database does not answer;
 * `degraded` (stale, failing or quarantine over its bound) answers 200, or 503 with HEALTH_DEGRADED_503.
 */
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  async get(@Res() res: Response): Promise<void> {
    const report = await this.health.report();
    res.status(this.health.httpStatus(report)).json(report);
  }
}
