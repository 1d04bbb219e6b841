import { createHash } from 'node:crypto';
import { parse, stringify } from 'yaml';
import { isJsonObject, type JsonObject, type KubeObject } from '../kube-object';

const PROXY_VERSION = 'linkerd.io/proxy-version';
const TRUST_ROOT_DIGEST = 'linkerd.io/trust-root-sha256';

/**
 * What depends on Linkerd's trust anchors outside the identity objects themselves, filled in once the
 * anchors exist: the `linkerd.io/trust-root-sha256` annotation on every proxied pod and control-plane
 * pod template, and the PEMs recorded in linkerd-config's install values. Returns new objects.
 */
export function stampLinkerdTrust(
  objects: readonly KubeObject[],
  trustAnchorsPem: string,
  issuerCertPem: string,
): KubeObject[] {
  const digest = createHash('sha256').update(trustAnchorsPem).digest('hex');
  return objects.map((input) => {
    const obj = structuredClone(input);
    if (obj.kind === 'Pod') annotateIfProxied(obj.metadata, digest);
    const template = podTemplateMeta(obj);
    if (template) annotateIfProxied(template, digest);
    if (obj.kind === 'ConfigMap' && obj.metadata.name === 'linkerd-config') {
      fillConfigValues(obj, trustAnchorsPem, issuerCertPem);
    }
    return obj;
  });
}

function annotateIfProxied(meta: JsonObject, digest: string): void {
  const annotations = isJsonObject(meta.annotations) ? meta.annotations : undefined;
  if (annotations?.[PROXY_VERSION] !== undefined) annotations[TRUST_ROOT_DIGEST] = digest;
}

function podTemplateMeta(obj: KubeObject): JsonObject | undefined {
  const spec = isJsonObject(obj.spec) ? obj.spec : undefined;
  const template = spec && isJsonObject(spec.template) ? spec.template : undefined;
  return template && isJsonObject(template.metadata) ? template.metadata : undefined;
}

function fillConfigValues(cm: KubeObject, anchors: string, issuer: string): void {
  const data = isJsonObject(cm.data) ? cm.data : undefined;
  if (typeof data?.values !== 'string') return;
  const values: unknown = parse(data.values);
  if (!isJsonObject(values)) return;
  values.identityTrustAnchorsPEM = anchors;
  const identity = isJsonObject(values.identity) ? values.identity : {};
  const issuerValues = isJsonObject(identity.issuer) ? identity.issuer : {};
  issuerValues.tls = {
    ...(isJsonObject(issuerValues.tls) ? issuerValues.tls : {}),
    crtPEM: issuer,
  };
  identity.issuer = issuerValues;
  values.identity = identity;
  data.values = stringify(values);
}
