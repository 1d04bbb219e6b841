import { parseAllDocuments } from 'yaml';
import { isJsonObject, type KubeObject } from '../kube-object';

/**
 * Multi-document YAML to objects. `List` documents are flattened; empty documents are skipped; a
 * document without apiVersion, kind or metadata.name is an error naming its position.
 */
export function loadScenarioObjects(yamlText: string): KubeObject[] {
  const out: KubeObject[] = [];
  parseAllDocuments(yamlText).forEach((doc, index) => {
    if (doc.errors.length > 0)
      throw new Error(
        `scenario document ${index + 1}: ${doc.errors[0]?.message ?? 'invalid YAML'}`,
      );
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) return;
    const items =
      isJsonObject(value) && value.kind === 'List' && Array.isArray(value.items)
        ? value.items
        : [value];
    for (const item of items) out.push(checkObject(item, index + 1));
  });
  return out;
}

function checkObject(value: unknown, position: number): KubeObject {
  if (
    !isJsonObject(value) ||
    typeof value.apiVersion !== 'string' ||
    typeof value.kind !== 'string' ||
    !isJsonObject(value.metadata) ||
    typeof value.metadata.name !== 'string'
  ) {
    throw new Error(`scenario document ${position}: needs apiVersion, kind and metadata.name`);
  }
  return value as KubeObject;
}
