export * from './istio-adapter';
export * from './istio-kinds';
export * from './istio-capabilities';
