import { Module } from '@nestjs/common';
import { ClustersModule } from '../clusters/clusters.module';
import { GraphqlMetricsPlugin } from './graphql-metrics.plugin';
import { HealthController } from './health.controller';
import { MetricsService } from './metrics.service';

@Module({
  imports: [ClustersModule],
  controllers: [HealthController],
  providers: [MetricsService, GraphqlMetricsPlugin],
  exports: [MetricsService],
})
export class ObservabilityModule {}
