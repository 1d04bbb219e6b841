import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { MetricsService } from './metrics.service';

/** Times every GraphQL operation into meshwork_graphql_operation_duration_seconds. */
@Plugin()
export class GraphqlMetricsPlugin implements ApolloServerPlugin {
  constructor(private readonly metrics: MetricsService) {}

  async requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
    const started = process.hrtime.bigint();
    const metrics = this.metrics;
    return {
      async willSendResponse(context) {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const type = context.operation?.operation ?? 'unknown';
        const outcome = context.errors?.length ? 'error' : 'ok';
        metrics.observeGraphqlOperation(context.operationName, type, outcome, seconds);
      },
    };
  }
}
