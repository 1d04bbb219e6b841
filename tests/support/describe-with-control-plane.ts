import { isControlPlaneSkipped, SKIP_CONTROL_PLANE_ENV } from './control-plane-state';

/**
 * `describe` for suites that need the real control plane; under MESHWORK_SKIP_CONTROL_PLANE=1 the suite
 * is skipped, and its title says why, so a quick run cannot pass as a full one unnoticed.
 */
export function describeWithControlPlane(name: string, body: () => void): void {
  if (isControlPlaneSkipped()) {
    describe.skip(`${name} (skipped: ${SKIP_CONTROL_PLANE_ENV}=1, no control plane)`, body);
  } else {
    describe(name, body);
  }
}
