import { apiErrors } from '../api/api-errors';
import { jsonEqual } from '../json/json-equal';
import { isJsonObject } from '../kube-object';

interface Operation {
  op: string;
  path: string;
  from?: string;
  value?: unknown;
}

/** RFC 6902 JSON patch (add, remove, replace, move, copy, test); failures are 422 like upstream's. */
export function applyJsonPatch(doc: unknown, operations: unknown): unknown {
  if (!Array.isArray(operations))
    throw apiErrors.badRequest(
      'json: cannot unmarshal object into Go value of type jsonpatch.Patch',
    );
  let result = structuredClone(doc);
  for (const raw of operations) {
    if (!isJsonObject(raw) || typeof raw.op !== 'string' || typeof raw.path !== 'string') {
      throw invalidPatch('invalid operation');
    }
    const op = raw as unknown as Operation;
    switch (op.op) {
      case 'add':
        result = add(result, op.path, structuredClone(op.value));
        break;
      case 'remove':
        result = remove(result, op.path);
        break;
      case 'replace':
        get(result, op.path);
        result = add(remove(result, op.path), op.path, structuredClone(op.value));
        break;
      case 'move': {
        const value = get(result, op.from ?? '');
        result = add(remove(result, op.from ?? ''), op.path, value);
        break;
      }
      case 'copy':
        result = add(result, op.path, structuredClone(get(result, op.from ?? '')));
        break;
      case 'test':
        if (!jsonEqual(get(result, op.path), op.value))
          throw invalidPatch(`testing value ${op.path} failed`);
        break;
      default:
        throw invalidPatch(`Unexpected kind: ${op.op}`);
    }
  }
  return result;
}

function tokens(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw invalidPatch(`invalid path ${path}`);
  return path
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function parentOf(doc: unknown, path: string): { parent: unknown; last: string } {
  const parts = tokens(path);
  const last = parts.pop();
  if (last === undefined) throw invalidPatch('cannot operate on the document root');
  let parent = doc;
  for (const part of parts) parent = child(parent, part, path);
  return { parent, last };
}

function child(node: unknown, token: string, path: string): unknown {
  if (Array.isArray(node)) {
    const index = Number(token);
    if (!Number.isInteger(index) || index < 0 || index >= node.length) throw missing(path);
    return node[index];
  }
  if (isJsonObject(node) && token in node) return node[token];
  throw missing(path);
}

function get(doc: unknown, path: string): unknown {
  let node = doc;
  for (const part of tokens(path)) node = child(node, part, path);
  return node;
}

function add(doc: unknown, path: string, value: unknown): unknown {
  if (path === '') return value;
  const { parent, last } = parentOf(doc, path);
  if (Array.isArray(parent)) {
    const index = last === '-' ? parent.length : Number(last);
    if (!Number.isInteger(index) || index < 0 || index > parent.length) throw missing(path);
    parent.splice(index, 0, value);
  } else if (isJsonObject(parent)) parent[last] = value;
  else throw missing(path);
  return doc;
}

function remove(doc: unknown, path: string): unknown {
  const { parent, last } = parentOf(doc, path);
  if (Array.isArray(parent)) {
    const index = Number(last);
    if (!Number.isInteger(index) || index < 0 || index >= parent.length) throw missing(path);
    parent.splice(index, 1);
  } else if (isJsonObject(parent) && last in parent) delete parent[last];
  else throw missing(path);
  return doc;
}

function missing(path: string): Error {
  return invalidPatch(`doc is missing path: "${path}": missing value`);
}

function invalidPatch(message: string): Error {
  return apiErrors.unprocessable(message);
}
