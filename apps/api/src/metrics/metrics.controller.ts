import { Controller, Get, Header } from '@nestjs/common';
import { MetricsService } from './metrics.service';

/** GET /metrics in the Prometheus text format (alert rules in the README). */
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  get(): Promise<string> {
    return this.metrics.metrics();
  }
}
