import { type ConfigMap } from '@meshwork/adapters-core';
import { readLinkerdConfig } from './linkerd-config';

const configMap = (data: Record<string, string>): ConfigMap => ({
  metadata: { name: 'linkerd-config', namespace: 'linkerd' },
  data,
});

describe('readLinkerdConfig', () => {
  it('reads the trust domain, cluster domain, default policy and version from the Helm values', () => {
    const values = [
      'clusterDomain: corp.local',
      'identityTrustDomain: mesh.corp.example',
      'linkerdVersion: stable-2.14.10',
      'proxy:',
      '  defaultInboundPolicy: cluster-authenticated',
    ].join('\n');
    expect(readLinkerdConfig(configMap({ values }))).toEqual({
      trustDomain: 'mesh.corp.example',
      clusterDomain: 'corp.local',
      defaultInboundPolicy: 'cluster-authenticated',
      linkerdVersion: 'stable-2.14.10',
    });
  });

  it('falls back to the cluster domain when identityTrustDomain is empty, as the chart does', () => {
    const values = 'clusterDomain: corp.local\nidentityTrustDomain: ""\n';
    expect(readLinkerdConfig(configMap({ values })).trustDomain).toBe('corp.local');
  });

  it('reads the 2.11 policyController.defaultAllowPolicy key', () => {
    const values = 'policyController:\n  defaultAllowPolicy: all-authenticated\n';
    expect(readLinkerdConfig(configMap({ values })).defaultInboundPolicy).toBe('all-authenticated');
  });

  it('reads the pre-2.10 JSON `global` key', () => {
    const global = JSON.stringify({
      linkerdNamespace: 'linkerd',
      version: 'stable-2.9.4',
      identityContext: { trustDomain: 'legacy.local' },
    });
    expect(readLinkerdConfig(configMap({ global }))).toEqual({
      trustDomain: 'legacy.local',
      linkerdVersion: 'stable-2.9.4',
    });
  });

  it('returns an error instead of throwing for unparseable values', () => {
    const config = readLinkerdConfig(configMap({ values: 'proxy: [unclosed' }));
    expect(config.trustDomain).toBeUndefined();
    expect(config.error).toMatch(/^cannot parse/);
  });

  it('returns nothing when there is no ConfigMap', () => {
    expect(readLinkerdConfig(undefined)).toEqual({});
  });
});
