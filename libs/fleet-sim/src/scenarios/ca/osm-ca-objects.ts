import { type KubeObject } from '../../kube-object';
import { type CaCertificate } from './ca-certificate';
import { opaqueSecret } from './secret-data';

/** The tresor provider's root: one Secret, `caBundleSecretName` in the chart (default osm-ca-bundle). */
export function osmCaObjects(root: CaCertificate, namespace: string): KubeObject[] {
  return [
    opaqueSecret(
      { name: 'osm-ca-bundle', namespace },
      { 'ca.crt': root.certPem, 'private.key': root.privateKeyPem() },
    ),
  ];
}
