import { commandFlags, lastFlag } from './command-flags';

describe('commandFlags', () => {
  it('reads flags from a chart-rendered sh -ec script, keeping repeated flags in order', () => {
    const flags = commandFlags({
      name: 'sidecar-injector',
      command: [
        '/bin/sh',
        '-ec',
        'consul-k8s-control-plane inject-connect \\\n  -default-inject=false \\\n  -consul-image="hashicorp/consul:1.18.1" \\\n  -allow-k8s-namespace="shop" \\\n  -allow-k8s-namespace=\'web\' \\\n  -enable-auto-encrypt\n',
      ],
    });
    expect(lastFlag(flags, 'default-inject')).toBe('false');
    expect(lastFlag(flags, 'consul-image')).toBe('hashicorp/consul:1.18.1');
    expect(flags.get('allow-k8s-namespace')).toEqual(['shop', 'web']);
    expect(lastFlag(flags, 'enable-auto-encrypt')).toBe('true');
  });

  it('reads space-separated values from args, as consul-dataplane gets them', () => {
    const flags = commandFlags({
      name: 'consul-dataplane',
      args: ['-addresses', 'consul-server.consul.svc', '-grpc-port=8502', '-tls-disabled'],
    });
    expect(lastFlag(flags, 'addresses')).toBe('consul-server.consul.svc');
    expect(lastFlag(flags, 'grpc-port')).toBe('8502');
    expect(lastFlag(flags, 'tls-disabled')).toBe('true');
  });

  it('gives nothing for a missing container', () => {
    expect(commandFlags(undefined).size).toBe(0);
  });
});
