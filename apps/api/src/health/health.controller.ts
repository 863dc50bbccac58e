import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { HealthService } from './health.service';

/** Plain HTTP health for load balancers and orchestrators: 200 when the database answers, else 503. */
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  async get(@Res() res: Response): Promise<void> {
    const report = await this.health.report();
    res.status(report.database ? 200 : 503).json(report);
  }
}
