/** Injection token for the validated MeshworkConfig. */
export const MESHWORK_CONFIG = Symbol('MESHWORK_CONFIG');
