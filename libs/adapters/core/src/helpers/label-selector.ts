import { type LabelSelector } from '../kube/kube-object';

/**
 * Kubernetes `LabelSelector` semantics: every matchLabels entry and every expression must hold; an
 * empty selector matches everything.
 */
export function matchesLabelSelector(
  selector: LabelSelector | undefined,
  labels: Readonly<Record<string, string>> | undefined,
): boolean {
  const have = labels ?? {};
  if (!matchesLabels(selector?.matchLabels ?? {}, have)) return false;
  return (selector?.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    switch (operator) {
      case 'In':
        return key in have && values.includes(have[key] as string);
      case 'NotIn':
        return !(key in have) || !values.includes(have[key] as string);
      case 'Exists':
        return key in have;
      case 'DoesNotExist':
        return !(key in have);
    }
  });
}

/** Equality-only selector (Service `spec.selector`, Istio `selector.matchLabels`): all pairs present. */
export function matchesLabels(
  wanted: Readonly<Record<string, string>>,
  labels: Readonly<Record<string, string>> | undefined,
): boolean {
  const have = labels ?? {};
  return Object.entries(wanted).every(([key, value]) => have[key] === value);
}
