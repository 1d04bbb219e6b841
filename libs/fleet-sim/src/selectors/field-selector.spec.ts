import { KubeStatusError } from '../api/status-error';
import { type KubeObject } from '../kube-object';
import { FieldSelector } from './field-selector';

const pod: KubeObject = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'p', namespace: 'ns' },
  spec: { nodeName: 'n1', hostNetwork: false },
  status: { phase: 'Running' },
};
const supported = ['spec.nodeName', 'status.phase', 'spec.hostNetwork'];

describe('FieldSelector', () => {
  it.each([
    ['metadata.name=p', true],
    ['metadata.name==p', true],
    ['metadata.name!=p', false],
    ['metadata.namespace=ns,status.phase=Running', true],
    ['status.phase!=Running', false],
    ['spec.nodeName=', false],
    ['spec.hostNetwork=false', true],
  ])('%s matches: %s', (text, expected) => {
    expect(FieldSelector.parse(text, supported).matches(pod)).toBe(expected);
  });

  it('compares a missing field as the empty string', () => {
    expect(FieldSelector.parse('spec.nodeName=', supported).matches({ ...pod, spec: {} })).toBe(
      true,
    );
  });

  it('rejects fields the kind does not support with the upstream message', () => {
    expect(() => FieldSelector.parse('spec.foo=x', supported)).toThrow(KubeStatusError);
    expect(() => FieldSelector.parse('spec.foo=x', supported)).toThrow(
      'field label not supported: spec.foo',
    );
  });

  it('exposes the pinned name of a single-object selector', () => {
    expect(FieldSelector.parse('metadata.name=a', []).pinnedName).toBe('a');
    expect(
      FieldSelector.byName('b')
        .and(FieldSelector.everything)
        .matches({ ...pod, metadata: { name: 'b' } }),
    ).toBe(true);
  });
});
