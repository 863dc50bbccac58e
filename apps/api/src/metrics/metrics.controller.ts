import { timingSafeEqual } from 'node:crypto';
import { AppConfig } from '@app/core';
import { Controller, Get, Header, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { MetricsService } from './metrics.service';

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** GET /metrics in the Prometheus text format (alert rules in the README); behind METRICS_TOKEN when set. */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  async get(@Req() req: Request, @Res() res: Response): Promise<void> {
    const token = this.config.health.metricsToken;
    const given = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
    if (token && !sameSecret(given, token)) {
      res.status(401).set('WWW-Authenticate', 'Bearer').type('text/plain').send('metrics need the bearer token (METRICS_TOKEN)\n');
      return;
    }
    res
      .status(200)
      .type('text/plain; version=0.0.4; charset=utf-8')
      .send(await this.metrics.metrics());
  }
}
