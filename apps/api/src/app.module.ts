import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { BootContext } from './boot-context';
import { CertificatesModule } from './certificates/certificates.module';
import { ClustersModule } from './clusters/clusters.module';
import { DiscoveryModule } from './discovery/discovery.module';
import { CLUSTER_TARGETS } from './clusters/clusters.tokens';
import { MESHWORK_CONFIG } from './config/config.tokens';
import { queryLimitsRule } from './graphql/query-limits.rule';
import { sharedBodies } from './graphql/shared-bodies';
import { LOGGER } from './logging/logging.tokens';
import { ObservabilityModule } from './observability/observability.module';
import { TopologyModule } from './topology/topology.module';
import { FleetHealthModule } from './health/health.module';

@Global()
@Module({})
class BootModule {
  static with(boot: BootContext): DynamicModule {
    return {
      module: BootModule,
      providers: [
        { provide: MESHWORK_CONFIG, useValue: boot.config },
        { provide: LOGGER, useValue: boot.logger },
        { provide: CLUSTER_TARGETS, useValue: boot.targets },
      ],
      exports: [MESHWORK_CONFIG, LOGGER, CLUSTER_TARGETS],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(boot: BootContext): DynamicModule {
    return {
      module: AppModule,
      imports: [
        BootModule.with(boot),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          introspection: boot.config.graphqlIntrospection,
          playground: false,
          subscriptions: { 'graphql-ws': true },
          includeStacktraceInErrorResponses: false,
          // Sends bodies remembered for shared results (topology answers) instead of re-serializing.
          stringifyResult: sharedBodies.stringifyResult,
          validationRules: [
            queryLimitsRule({
              maxDepth: boot.config.graphqlMaxDepth,
              maxFields: boot.config.graphqlMaxFields,
            }),
          ],
        }),
        ClustersModule,
        DiscoveryModule,
        ObservabilityModule,
        CertificatesModule,
        TopologyModule,
        FleetHealthModule,
      ],
    };
  }
}
