import { type MeshLink } from '@meshwork/model';

/**
 * Neither mesh links clusters: released OSM (v1.2) and Traefik Mesh have no multi-cluster feature
 * (OSM's MCS ServiceExport/ServiceImport support exists only on its unreleased main branch). The
 * same Service in several clusters is still recognised as one through `logicalKey`
 * (`<namespace>/<name>`), so there is nothing more to link.
 */
export function discoverSmiLinks(): MeshLink[] {
  return [];
}
