import { UseFilters } from '@nestjs/common';
import { Args, Query, Resolver, Subscription } from '@nestjs/graphql';
import { map } from 'rxjs';
import { toAsyncIterator } from '../graphql/observable-iterator';
import { CertificatesExceptionFilter } from './certificates-exception.filter';
import { CertificateArgs, CertificatesArgs, TrustFindingsArgs } from './certificates.inputs';
import {
  CertificateDetailModel,
  CertificateModel,
  CertificatesChangedEventModel,
  CertificateSourceStatusModel,
  CertificateSummaryModel,
  TrustFindingModel,
} from './certificates.models';
import { CertificatesService } from './certificates.service';

@Resolver()
@UseFilters(CertificatesExceptionFilter)
export class CertificatesResolver {
  constructor(private readonly certificatesService: CertificatesService) {}

  @Query(() => [CertificateModel], {
    description: 'Certificates of every mesh in every cluster, soonest expiry first.',
  })
  certificates(@Args() { filter }: CertificatesArgs): CertificateModel[] {
    return this.certificatesService.list(filter);
  }

  @Query(() => CertificateDetailModel, {
    description: 'One certificate with its issuers up to the root and the findings that name it.',
  })
  certificate(@Args() { id }: CertificateArgs): CertificateDetailModel {
    return this.certificatesService.detail(id);
  }

  @Query(() => [TrustFindingModel], {
    description: 'Shared roots, mismatches and other trust findings; errors first.',
  })
  trustFindings(@Args() { filter }: TrustFindingsArgs): TrustFindingModel[] {
    return this.certificatesService.findings(filter);
  }

  @Query(() => CertificateSummaryModel)
  certificateSummary(): CertificateSummaryModel {
    return this.certificatesService.summary();
  }

  @Query(() => [CertificateSourceStatusModel], {
    description: 'Sources outside Kubernetes (the Consul API, per Consul mesh) and their state.',
  })
  certificateSources(): CertificateSourceStatusModel[] {
    return this.certificatesService.sourceStatuses();
  }

  @Subscription(() => CertificatesChangedEventModel, {
    description:
      'Fires when certificates or trust inputs change, and when time moves a certificate into another expiry class.',
  })
  certificatesChanged(): AsyncIterableIterator<{
    certificatesChanged: CertificatesChangedEventModel;
  }> {
    // graphql-ws consumes async iterators, not Observables.
    return toAsyncIterator(
      this.certificatesService.changes.pipe(
        map((certificatesChanged) => ({ certificatesChanged })),
      ),
    );
  }
}
