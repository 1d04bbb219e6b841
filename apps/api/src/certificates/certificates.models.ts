import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  CertificateChainStatus,
  CertificateExpiryClass,
  CertificateRole,
  CertificateSourceKind,
  MeshKind,
  TrustFindingKind,
  TrustFindingSeverity,
} from '@meshwork/model';
import { CertificateSourceState } from './certificate-source-state';

registerEnumType(CertificateRole, { name: 'CertificateRole' });
registerEnumType(CertificateSourceKind, { name: 'CertificateSourceKind' });
registerEnumType(CertificateChainStatus, { name: 'CertificateChainStatus' });
registerEnumType(CertificateExpiryClass, { name: 'CertificateExpiryClass' });
registerEnumType(TrustFindingKind, { name: 'TrustFindingKind' });
registerEnumType(TrustFindingSeverity, { name: 'TrustFindingSeverity' });
registerEnumType(CertificateSourceState, { name: 'CertificateSourceState' });

@ObjectType('CertificateSource', { description: 'Where a certificate is stored.' })
export class CertificateSourceModel {
  @Field(() => CertificateSourceKind) kind!: CertificateSourceKind;
  @Field({ description: 'Empty for cluster-scoped objects and the Consul API.' })
  namespace!: string;
  @Field() name!: string;
  @Field({ description: 'Data key, webhook name or API field.' }) key!: string;
  @Field(() => Int, { description: 'Position in the PEM bundle, from 0.' }) index!: number;
}

@ObjectType('CertificateChainCheck')
export class CertificateChainCheckModel {
  @Field(() => CertificateChainStatus) status!: CertificateChainStatus;
  @Field(() => ID, { nullable: true, description: 'The certificate that signed this one.' })
  issuerId?: string;
  @Field() message!: string;
}

@ObjectType('Certificate', {
  description:
    'A certificate a mesh relies on: public facts and the public PEM only, never a private key.',
})
export class CertificateModel {
  @Field(() => ID) id!: string;
  @Field() cluster!: string;
  @Field({ description: 'Id of the mesh that uses it.' }) mesh!: string;
  @Field(() => MeshKind, { nullable: true }) meshKind?: MeshKind;
  @Field(() => String, { nullable: true }) meshName?: string;
  @Field(() => CertificateSourceModel) source!: CertificateSourceModel;
  @Field(() => [CertificateSourceModel], { description: 'Other places the same certificate is.' })
  alsoIn!: CertificateSourceModel[];
  @Field(() => CertificateRole) role!: CertificateRole;
  @Field() subject!: string;
  @Field() issuer!: string;
  @Field() serial!: string;
  @Field(() => [String], { description: 'Typed SANs: `DNS:...`, `URI:spiffe://...`.' })
  sans!: string[];
  @Field() keyAlgorithm!: string;
  @Field(() => Int, { nullable: true }) keySize?: number;
  @Field(() => String, { nullable: true }) curve?: string;
  @Field(() => Date) notBefore!: Date;
  @Field(() => Date) notAfter!: Date;
  @Field(() => CertificateExpiryClass) expiryClass!: CertificateExpiryClass;
  @Field(() => Int, { description: 'Whole days until notAfter; negative once expired.' })
  daysLeft!: number;
  @Field() sha256Fingerprint!: string;
  @Field() isCA!: boolean;
  @Field(() => Int, { nullable: true }) pathLen?: number;
  @Field({ description: 'The public certificate, PEM.' }) pem!: string;
  @Field(() => CertificateChainCheckModel) chain!: CertificateChainCheckModel;
  @Field(() => String, { nullable: true }) trustDomain?: string;
  @Field(() => String, { nullable: true }) note?: string;
}

@ObjectType('TrustFinding', { description: 'A conclusion about trust between certificates.' })
export class TrustFindingModel {
  @Field(() => ID) id!: string;
  @Field(() => TrustFindingKind) kind!: TrustFindingKind;
  @Field(() => TrustFindingSeverity) severity!: TrustFindingSeverity;
  @Field() message!: string;
  @Field(() => [String], { description: 'Ids of the certificates concerned.' })
  certificates!: string[];
  @Field(() => [String], { description: 'Ids of the meshes concerned.' }) meshes!: string[];
  @Field(() => [String]) clusters!: string[];
}

@ObjectType('CertificateDetail', {
  description: 'One certificate with its issuers up to the root, and the findings that name it.',
})
export class CertificateDetailModel extends CertificateModel {
  @Field(() => [CertificateModel], { description: 'This certificate, then its issuers upward.' })
  issuers!: CertificateModel[];
  @Field(() => [TrustFindingModel]) findings!: TrustFindingModel[];
}

@ObjectType('CertificateSourceStatus', {
  description: 'Whether a certificate source outside Kubernetes (the Consul API) could be read.',
})
export class CertificateSourceStatusModel {
  @Field() cluster!: string;
  @Field() mesh!: string;
  @Field(() => CertificateSourceKind) kind!: CertificateSourceKind;
  @Field(() => CertificateSourceState) state!: CertificateSourceState;
  @Field() message!: string;
  @Field(() => Date, { nullable: true }) checkedAt?: Date;
}

@ObjectType('CertificateSummary', { description: 'Certificate counts over the whole fleet.' })
export class CertificateSummaryModel {
  @Field(() => Int) total!: number;
  @Field(() => Int) expired!: number;
  @Field(() => Int) critical!: number;
  @Field(() => Int) warning!: number;
  @Field(() => Int) ok!: number;
  @Field({ description: 'Certificates expiring within this many days are CRITICAL.' })
  criticalDays!: number;
  @Field({ description: 'Certificates expiring within this many days are WARNING.' })
  warningDays!: number;
  @Field(() => Int) findingErrors!: number;
  @Field(() => Int) findingWarnings!: number;
}

@ObjectType('CertificatesChangedEvent')
export class CertificatesChangedEventModel {
  @Field(() => Int, { description: 'The fleet revision at the time.' }) revision!: number;
  @Field({ description: 'FLEET (objects changed), EXPIRY_CLASS (time passed a line), CONSUL_API.' })
  reason!: string;
  @Field(() => [String]) clusters!: string[];
  @Field(() => [String], { description: 'Certificates added, changed, removed or reclassed.' })
  changedIds!: string[];
}
