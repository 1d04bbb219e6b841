import { loadScenarioObjects } from './load-scenario-objects';

describe('loadScenarioObjects', () => {
  it('reads every document, flattens Lists and skips empty documents', () => {
    const objects = loadScenarioObjects(`
apiVersion: v1
kind: Namespace
metadata: {name: shop}
---
---
apiVersion: v1
kind: List
items:
  - {apiVersion: v1, kind: ConfigMap, metadata: {name: a, namespace: shop}}
  - {apiVersion: v1, kind: ConfigMap, metadata: {name: b, namespace: shop}}
`);
    expect(objects.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
      'Namespace/shop',
      'ConfigMap/a',
      'ConfigMap/b',
    ]);
  });

  it('names the document that is not an object', () => {
    expect(() => loadScenarioObjects('kind: ConfigMap\n---\napiVersion: v1\n')).toThrow(
      'scenario document 1: needs apiVersion, kind and metadata.name',
    );
  });
});
