import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { TopologyException } from './topology.exception';

/** Maps TopologyException codes to GraphQL errors (`extensions.code`, plus details such as `position`). */
@Catch(TopologyException)
export class TopologyExceptionFilter implements GqlExceptionFilter {
  catch(exception: TopologyException): GraphQLError {
    return new GraphQLError(exception.message, {
      extensions: { code: exception.code, ...exception.details },
    });
  }
}
