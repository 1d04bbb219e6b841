/** The kind segment of a fleet id (`<cluster>/<namespace>/<kind>/<name>`, segments escaped). */
const kindOf = (id: string): string | undefined => id.split('/')[2];

const TRUST_INPUTS = new Set(['Certificate', 'Mesh', 'MeshLink']);

/** Whether a fleet change with these ids can change certificates or trust findings. */
export function affectsCertificates(changedIds: readonly string[]): boolean {
  return changedIds.some((id) => TRUST_INPUTS.has(kindOf(id) ?? ''));
}

/** The URL of a certificate's detail panel; ids hold slashes, so the id is one encoded segment. */
export function certificatePath(id: string, search = ''): string {
  return `/certificates/${encodeURIComponent(id)}${search}`;
}
