import type { Certificate, Mesh, MeshLink, Service, Workload } from '@meshwork/model';

/** What topology reads from FleetState; narrow so benchmarks and specs can pass plain lists. */
export interface FleetView {
  readonly revision: number;
  meshes(): Mesh[];
  services(): Service[];
  workloads(): Workload[];
  links(): MeshLink[];
  certificates(): Certificate[];
}
