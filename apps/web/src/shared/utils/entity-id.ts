/**
 * The kind in an entity id. Ids carry the cluster and read `<cluster>/<namespace>/<kind>/<name>`
 * (e.g. `east/shop/Service/cart`); undefined for an id of another shape.
 */
export function kindOfId(id: string): string | undefined {
  const parts = id.split('/');
  return parts.length >= 4 ? parts[2] : undefined;
}

/** Whether any of `ids` is of one of `kinds`. */
export function idsOfKinds(ids: readonly string[], kinds: ReadonlySet<string>): boolean {
  return ids.some((id) => {
    const kind = kindOfId(id);
    return kind !== undefined && kinds.has(kind);
  });
}
