import { apiErrors } from '../api/api-errors';
import { isJsonObject, type KubeObject } from '../kube-object';

interface FieldRequirement {
  field: string;
  value: string;
  equals: boolean;
}

/** A parsed `fieldSelector` query (`=`, `==`, `!=`), limited to the fields the kind supports. */
export class FieldSelector {
  private constructor(private readonly requirements: FieldRequirement[]) {}

  static readonly everything = new FieldSelector([]);

  /** Throws 400 BadRequest for bad syntax or a field the kind does not index, like the real server. */
  static parse(text: string | null | undefined, supported: readonly string[]): FieldSelector {
    if (text === null || text === undefined || text.trim() === '') return FieldSelector.everything;
    const requirements = splitUnescaped(text, ',').map(parseTerm);
    for (const r of requirements) {
      if (
        r.field !== 'metadata.name' &&
        r.field !== 'metadata.namespace' &&
        !supported.includes(r.field)
      ) {
        throw apiErrors.badRequest(`field label not supported: ${r.field}`);
      }
    }
    return new FieldSelector(requirements);
  }

  static byName(name: string): FieldSelector {
    return new FieldSelector([{ field: 'metadata.name', value: name, equals: true }]);
  }

  get empty(): boolean {
    return this.requirements.length === 0;
  }

  /** The name this selector pins with `metadata.name=`, if any (lets a watch skip other objects). */
  get pinnedName(): string | undefined {
    return this.requirements.find((r) => r.field === 'metadata.name' && r.equals)?.value;
  }

  and(other: FieldSelector): FieldSelector {
    return new FieldSelector([...this.requirements, ...other.requirements]);
  }

  matches(obj: KubeObject): boolean {
    for (const r of this.requirements) {
      if ((fieldValue(obj, r.field) === r.value) !== r.equals) return false;
    }
    return true;
  }
}

function parseTerm(term: string): FieldRequirement {
  const match = /^(.*?)(==|!=|=)(.*)$/s.exec(term.trim());
  if (!match || match[1] === undefined || match[3] === undefined) {
    throw apiErrors.badRequest(`invalid selector: '${term}'; can't understand '${term}'`);
  }
  return { field: match[1].trim(), value: unescape(match[3].trim()), equals: match[2] !== '!=' };
}

function fieldValue(obj: KubeObject, path: string): string {
  if (path === 'metadata.namespace') return obj.metadata.namespace ?? '';
  let current: unknown = obj;
  for (const part of path.split('.')) {
    current = isJsonObject(current) ? current[part] : undefined;
  }
  if (current === undefined || current === null) return '';
  return typeof current === 'string' ? current : JSON.stringify(current);
}

function splitUnescaped(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] ?? '';
    if (c === '\\' && i + 1 < text.length) {
      current += c + (text[i + 1] ?? '');
      i += 1;
    } else if (c === separator) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}

function unescape(value: string): string {
  return value.replace(/\\(.)/g, '$1');
}
