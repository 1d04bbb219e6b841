/**
 * Labels for a resolver subset filter of the form consul-k8s users write,
 * `Service.Meta.version == v2` (also quoted, and several joined with `and`). Service meta comes from
 * `consul.hashicorp.com/service-meta-<key>` pod annotations, usually mirroring the pod's labels.
 * Anything else (tags, `!=`, `or`, `matches`) gives undefined: the filter is then unmodelled.
 */
export function subsetFilterLabels(filter: string): Record<string, string> | undefined {
  const labels: Record<string, string> = {};
  for (const clause of filter.split(/\s+and\s+/i)) {
    const match =
      /^\s*Service\.Meta(?:\.([\w.-]+)|\["([^"]+)"\])\s*==\s*(?:"([^"]*)"|([^\s"]+))\s*$/.exec(
        clause,
      );
    if (!match) return undefined;
    const key = (match[1] ?? match[2]) as string;
    labels[key] = (match[3] ?? match[4]) as string;
  }
  return labels;
}
