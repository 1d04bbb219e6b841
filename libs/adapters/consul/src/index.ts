export * from './consul-adapter';
export * from './kube/consul-kinds';
export * from './capabilities/consul-capabilities';
