import { graphql } from '../../../graphql/generated';

// What a mesh badge beside a service needs: the mesh's kind and version, by mesh id.
export const serviceMeshesQuery = graphql(`
  query ServiceMeshes {
    meshes {
      id
      kind
      version
      cluster {
        name
      }
    }
  }
`);
