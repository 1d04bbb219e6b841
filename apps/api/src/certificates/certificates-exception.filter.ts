import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { CertificatesException } from './certificates.exception';

/** Maps CertificatesException codes to GraphQL errors (`extensions.code`). */
@Catch(CertificatesException)
export class CertificatesExceptionFilter implements GqlExceptionFilter {
  catch(exception: CertificatesException): GraphQLError {
    return new GraphQLError(exception.message, { extensions: { code: exception.code } });
  }
}
