/**
 * The URL of a service's detail panel. Service ids hold slashes (`east/shop/Service/cart`), so the
 * id is one encoded path segment; `search` keeps the list's filters and sort around the panel.
 */
export function servicePath(id: string, search = ''): string {
  return `/services/${encodeURIComponent(id)}${search}`;
}
