import { findContainer, imageTag } from './containers';

describe('findContainer', () => {
  const spec = {
    containers: [{ name: 'app' }, { name: 'istio-proxy' }],
    initContainers: [{ name: 'linkerd-proxy', restartPolicy: 'Always' }, { name: 'istio-init' }],
  };

  it('finds regular containers first', () => {
    expect(findContainer(spec, 'istio-proxy')).toMatchObject({ init: false, nativeSidecar: false });
  });

  it('flags init containers with restartPolicy Always as native sidecars', () => {
    expect(findContainer(spec, 'linkerd-proxy')).toMatchObject({ init: true, nativeSidecar: true });
    expect(findContainer(spec, 'istio-init')).toMatchObject({ init: true, nativeSidecar: false });
  });

  it('returns undefined when absent or without a spec', () => {
    expect(findContainer(spec, 'envoy')).toBeUndefined();
    expect(findContainer(undefined, 'app')).toBeUndefined();
  });
});

describe('imageTag', () => {
  it('reads the tag and ignores registry ports and digests', () => {
    expect(imageTag('docker.io/istio/pilot:1.22.3')).toBe('1.22.3');
    expect(imageTag('reg.local:5000/istio/proxyv2:1.23.0-distroless@sha256:abc')).toBe(
      '1.23.0-distroless',
    );
  });

  it('is undefined without a tag', () => {
    expect(imageTag('reg.local:5000/istio/pilot')).toBeUndefined();
    expect(imageTag('istio/pilot@sha256:abc')).toBeUndefined();
    expect(imageTag(undefined)).toBeUndefined();
  });
});
