import type {
  ApolloServerPlugin,
  BaseContext,
  GraphQLRequestContextResponseForOperation,
  GraphQLRequestListener,
} from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { getArgumentValues, Kind, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { sharedBodies, type SharedBodies } from '../graphql/shared-bodies';
import type { TopologyGraph } from './graph/topology-graph';
import { TopologyAnswerCache } from './topology-answer-cache';
import type { TopologyFilterInput } from './topology.inputs';
import { TopologyService } from './topology.service';

interface TopologyArgs {
  filter?: TopologyFilterInput;
  window?: number;
}

interface Lookup {
  key: string;
  args: TopologyArgs;
  graph: TopologyGraph;
}

/**
 * A 10,000-node topology takes far longer to execute field by field and serialize than to compute
 * once, so a query whose only root field is `topology` (besides `__typename`) is answered with the
 * previous answer, body included, to the same document and variables while TopologyService still
 * returns the very graph that answer was executed on. It runs after parsing and validation (query
 * limits hold) and every plugin's `willSendResponse` still sees the request. Anything else, errors
 * included, executes normally.
 */
@Plugin()
export class TopologyResponseCachePlugin implements ApolloServerPlugin {
  private readonly bodies: SharedBodies = sharedBodies;
  private readonly answers = new TopologyAnswerCache(undefined, undefined, (answer) => {
    if (answer.result.data) this.bodies.release(answer.result.data);
  });

  constructor(private readonly topology: TopologyService) {}

  requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
    let pending: Lookup | undefined;
    const listener: GraphQLRequestListener<BaseContext> = {
      responseForOperation: async (context) => {
        const found = await this.lookup(context);
        if (!found) return null;
        const hit = this.answers.get(found.key, found.graph);
        if (!hit) {
          pending = found;
          return null;
        }
        // A result of its own: a plugin adding extensions must not change the cached answer.
        const singleResult = { data: hit.result.data };
        return { http: context.response.http, body: { kind: 'single', singleResult } };
      },
      willSendResponse: async (context) => {
        const body = context.response.body;
        if (!pending || body.kind !== 'single') return;
        const { data, errors, extensions } = body.singleResult;
        if (!data || errors?.length || extensions) return;
        // Execution may have raced a refresh and run on a newer graph than the one looked up.
        if ((await this.graph(pending.args)) !== pending.graph) return;
        this.answers.set(pending.key, {
          graph: pending.graph,
          result: body.singleResult,
          body: this.bodies.share(data),
        });
      },
    };
    return Promise.resolve(listener);
  }

  private async lookup(
    context: GraphQLRequestContextResponseForOperation<BaseContext>,
  ): Promise<Lookup | undefined> {
    const { operation, schema, request, source } = context;
    const field = onlyTopologyField(operation);
    const definition = schema.getQueryType()?.getFields().topology;
    if (!field || !definition) return undefined;
    let args: TopologyArgs;
    try {
      args = getArgumentValues(definition, field, request.variables ?? {}) as TopologyArgs;
    } catch {
      return undefined;
    }
    const graph = await this.graph(args);
    if (!graph) return undefined;
    const key = JSON.stringify([source, request.operationName ?? null, request.variables ?? {}]);
    return { key, args, graph };
  }

  private async graph(args: TopologyArgs): Promise<TopologyGraph | undefined> {
    try {
      return await this.topology.topology(args.filter, args.window);
    } catch {
      // Bad arguments or expressions: normal execution reports them.
      return undefined;
    }
  }
}

/** The one `topology` field of a query that selects nothing else at its root but `__typename`. */
function onlyTopologyField(operation: OperationDefinitionNode): FieldNode | undefined {
  if (operation.operation !== 'query') return undefined;
  let topology: FieldNode | undefined;
  for (const selection of operation.selectionSet.selections) {
    // Fragments and directives (@skip, @include) at the root: not worth reasoning about here.
    if (selection.kind !== Kind.FIELD || selection.directives?.length) return undefined;
    if (selection.name.value === '__typename') continue;
    if (selection.name.value !== 'topology' || topology) return undefined;
    topology = selection;
  }
  return topology;
}
