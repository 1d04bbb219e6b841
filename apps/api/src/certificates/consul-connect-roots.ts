import { CertificateCollector, fixedRole, trustBundleRole } from '@meshwork/adapters-core';
import {
  type Certificate,
  CertificateRole,
  CertificateSourceKind,
  type ClusterError,
  ClusterErrorCode,
  type Mesh,
} from '@meshwork/model';

export const CONNECT_ROOTS_PATH = '/v1/connect/ca/roots';
/** The source name of Connect CA certificates (ids cannot hold the path's slashes readably). */
export const CONNECT_ROOTS_SOURCE = 'connect-ca-roots';

/** The fields of `GET /v1/connect/ca/roots` the hub reads [developer.hashicorp.com/consul/api-docs/connect/ca]. */
export interface ConnectRootsResponse {
  TrustDomain?: string;
  ActiveRootID?: string;
  Roots?: {
    ID?: string;
    Name?: string;
    Active?: boolean;
    RootCert?: string;
    IntermediateCerts?: string[] | null;
  }[];
}

/**
 * The Connect CA as the Consul API reports it, as certificates of `mesh`: every root (the active one
 * and any kept during a rotation) and its intermediates. A response of the wrong shape becomes an error.
 */
export function connectRootsCertificates(
  cluster: string,
  mesh: Pick<Mesh, 'id' | 'namespace'>,
  body: unknown,
): { certificates: Certificate[]; errors: ClusterError[]; trustDomain?: string } {
  const response = body as ConnectRootsResponse | null;
  if (!response || typeof response !== 'object' || !Array.isArray(response.Roots)) {
    return {
      certificates: [],
      errors: [
        {
          cluster,
          code: ClusterErrorCode.INVALID_OBJECT,
          message: `Consul API ${CONNECT_ROOTS_PATH}: the answer has no Roots list`,
        },
      ],
    };
  }
  const collector = new CertificateCollector(cluster, mesh);
  const source = (key: string) => ({
    kind: CertificateSourceKind.ConsulAPI,
    namespace: '',
    name: CONNECT_ROOTS_SOURCE,
    key,
  });
  response.Roots.forEach((root, i) => {
    const inactive =
      root.Active === false ? { note: 'inactive Connect root, kept during a rotation' } : {};
    if (root.RootCert) {
      collector.addPem({
        source: source(`Roots[${i}].RootCert`),
        text: root.RootCert,
        role: trustBundleRole,
        ...inactive,
      });
    }
    (root.IntermediateCerts ?? []).forEach((pem, j) => {
      collector.addPem({
        source: source(`Roots[${i}].IntermediateCerts[${j}]`),
        text: pem,
        role: fixedRole(CertificateRole.INTERMEDIATE),
      });
    });
  });
  return {
    ...collector.result(),
    ...(response.TrustDomain && { trustDomain: response.TrustDomain }),
  };
}
