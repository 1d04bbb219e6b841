export * from './linkerd-adapter';
export * from './linkerd-capabilities';
export * from './linkerd-kinds';
export * from './linkerd-labels';
export {
  LINKERD_MESH_NAME,
  LinkerdMeshAttributes,
  linkerdMeshId,
} from './detection/detect-linkerd-meshes';
export { linkerdIdentity, parseLinkerdIdentity } from './discovery/linkerd-identity';
export { SERVICE_ANNOTATIONS_KIND } from './policies/service-annotations';
export { DEFAULT_INBOUND_POLICY_KIND } from './policies/default-inbound-policy';
