import { Controller, Get, Header, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ClusterRegistry } from '../clusters/cluster-registry.service';
import { MetricsService } from './metrics.service';

@Controller()
export class HealthController {
  constructor(
    private readonly registry: ClusterRegistry,
    private readonly metrics: MetricsService,
  ) {}

  /** Liveness: the process serves HTTP. */
  @Get('healthz')
  @HttpCode(200)
  @Header('cache-control', 'no-store')
  healthz(): { status: string } {
    return { status: 'ok' };
  }

  /** Readiness: every configured cluster was tried once (reachable or not). */
  @Get('readyz')
  @Header('cache-control', 'no-store')
  readyz(@Res({ passthrough: true }) response: Response): {
    status: string;
    clustersTried: number;
    clusters: number;
  } {
    const { ready, tried, total } = this.registry.readiness();
    response.status(ready ? 200 : 503);
    return { status: ready ? 'ready' : 'starting', clustersTried: tried, clusters: total };
  }

  @Get('metrics')
  async metricsText(@Res() response: Response): Promise<void> {
    response.setHeader('content-type', this.metrics.contentType);
    response.send(await this.metrics.render());
  }
}
