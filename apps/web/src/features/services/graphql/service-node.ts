import {
  type ServiceDetailQuery,
  type ServiceMeshesQuery,
  type ServicesPageQuery,
} from '../../../graphql/generated/graphql';

/** One service as a page of the Services query returns it. */
export type ServiceNode = ServicesPageQuery['services']['nodes'][number];

/** A mesh as a service's badge needs it. */
export type ServiceMesh = ServiceMeshesQuery['meshes'][number];

/** The service of the detail panel. */
export type ServiceDetail = ServiceDetailQuery['service'];
