import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { CertificateExpiryClass, CertificateRole, TrustFindingSeverity } from '@meshwork/model';

@InputType({ description: 'Every given field must match; lists match any of their values.' })
export class CertificateFilter {
  @Field(() => [String], { nullable: true }) clusters?: string[];
  @Field(() => [String], { nullable: true, description: 'Mesh ids.' }) meshes?: string[];
  @Field(() => [CertificateExpiryClass], { nullable: true }) classes?: CertificateExpiryClass[];
  @Field(() => [CertificateRole], { nullable: true }) roles?: CertificateRole[];
  @Field(() => String, {
    nullable: true,
    description: 'Matches subject, issuer, source name or SANs, case-insensitive.',
  })
  text?: string;
}

@ArgsType()
export class CertificatesArgs {
  @Field(() => CertificateFilter, { nullable: true }) filter?: CertificateFilter;
}

@ArgsType()
export class CertificateArgs {
  @Field(() => ID) id!: string;
}

@InputType()
export class TrustFindingFilter {
  @Field(() => [String], { nullable: true }) clusters?: string[];
  @Field(() => [String], { nullable: true, description: 'Mesh ids.' }) meshes?: string[];
  @Field(() => [TrustFindingSeverity], { nullable: true }) severities?: TrustFindingSeverity[];
}

@ArgsType()
export class TrustFindingsArgs {
  @Field(() => TrustFindingFilter, { nullable: true }) filter?: TrustFindingFilter;
}
