import { type NativePolicy } from '@meshwork/model';

/** Records a field no effect can represent and yields nothing for it. */
export function skipped(policy: NativePolicy, field: string): [] {
  policy.unmodelled.push(field);
  return [];
}
