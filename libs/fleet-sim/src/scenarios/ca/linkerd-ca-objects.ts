import { type KubeObject } from '../../kube-object';
import { type CaCertificate } from './ca-certificate';
import { configMap, opaqueSecret } from './secret-data';

const LABELS = {
  'linkerd.io/control-plane-component': 'identity',
  'linkerd.io/control-plane-ns': 'linkerd',
};

/**
 * Linkerd's identity material as the control-plane chart writes it with `identity.issuer.scheme:
 * linkerd.io/tls`: the trust anchors in a ConfigMap every proxy mounts, the issuer in a Secret only
 * the identity controller reads.
 */
export function linkerdCaObjects(
  trustAnchor: CaCertificate,
  issuer: CaCertificate,
  createdBy: string,
): KubeObject[] {
  const annotations = { 'linkerd.io/created-by': createdBy };
  return [
    configMap(
      { name: 'linkerd-identity-trust-roots', namespace: 'linkerd', labels: LABELS, annotations },
      { 'ca-bundle.crt': trustAnchor.certPem },
    ),
    opaqueSecret(
      { name: 'linkerd-identity-issuer', namespace: 'linkerd', labels: LABELS, annotations },
      { 'crt.pem': issuer.certPem, 'key.pem': issuer.privateKeyPem() },
    ),
  ];
}
