/** A resource qualified by its API group, as Kubernetes prints it in messages ("deployments.apps"). */
export interface GroupResource {
  group: string;
  resource: string;
}

export function qualifiedName(gr: GroupResource): string {
  return gr.group === '' ? gr.resource : `${gr.resource}.${gr.group}`;
}

/** The `details` block Kubernetes attaches to object errors: group only when there is one. */
export function objectDetails(
  gr: GroupResource,
  name: string,
): { name?: string; group?: string; kind: string } {
  const details: { name?: string; group?: string; kind: string } = { kind: gr.resource };
  if (name !== '') details.name = name;
  if (gr.group !== '') details.group = gr.group;
  return details;
}
