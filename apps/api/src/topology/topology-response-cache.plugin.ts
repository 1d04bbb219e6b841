import type {
  ApolloServerPlugin,
  BaseContext,
  GraphQLRequestContextResponseForOperation,
  GraphQLRequestListener,
} from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { getArgumentValues, Kind, type FieldNode, type FormattedExecutionResult } from 'graphql';
import type { TopologyGraph } from './graph/topology-graph';
import type { TopologyFilterInput } from './topology.inputs';
import { TopologyService } from './topology.service';

interface Entry {
  graph: TopologyGraph;
  result: FormattedExecutionResult;
}

const CAPACITY = 16;

/**
 * A 10,000-node topology takes far longer to execute field by field than to compute once, so a query
 * whose only root field is `topology` is answered with the previous result of the same document and
 * variables while TopologyService still returns the very same cached graph (fleet revision and metrics
 * snapshot unchanged). Anything else, errors included, executes normally.
 */
@Plugin()
export class TopologyResponseCachePlugin implements ApolloServerPlugin {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly topology: TopologyService) {}

  requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
    let pending: { key: string; graph: TopologyGraph } | undefined;
    const listener: GraphQLRequestListener<BaseContext> = {
      responseForOperation: async (context) => {
        const found = await this.lookup(context);
        if (!found) return null;
        const hit = this.entries.get(found.key);
        if (hit?.graph === found.graph)
          return {
            http: context.response.http,
            body: { kind: 'single', singleResult: hit.result },
          };
        pending = found;
        return null;
      },
      willSendResponse: (context) => {
        const body = context.response.body;
        if (pending && body.kind === 'single' && !body.singleResult.errors?.length) {
          this.entries.delete(pending.key);
          this.entries.set(pending.key, { graph: pending.graph, result: body.singleResult });
          if (this.entries.size > CAPACITY) this.entries.delete(this.entries.keys().next().value!);
        }
        return Promise.resolve();
      },
    };
    return Promise.resolve(listener);
  }

  private async lookup(
    context: GraphQLRequestContextResponseForOperation<BaseContext>,
  ): Promise<{ key: string; graph: TopologyGraph } | undefined> {
    const { operation, schema, request } = context;
    const only = operation.selectionSet.selections;
    if (operation.operation !== 'query' || only.length !== 1 || only[0]!.kind !== Kind.FIELD)
      return undefined;
    const field: FieldNode = only[0]!;
    const definition = schema.getQueryType()?.getFields().topology;
    if (field.name.value !== 'topology' || !definition) return undefined;
    try {
      const args = getArgumentValues(definition, field, request.variables ?? {}) as {
        filter?: TopologyFilterInput;
        window?: number;
      };
      const graph = await this.topology.topology(args.filter, args.window);
      const key = JSON.stringify([request.query, request.operationName, request.variables ?? {}]);
      return { key, graph };
    } catch {
      // Bad arguments or expressions: let normal execution report them.
      return undefined;
    }
  }
}
