// Test helpers: a throwaway CA and the objects meshes keep certificates in. They load @peculiar/x509
// (~200 modules), so they are not part of the runtime surface in index.ts and the hub never loads them.
export * from './certificates/testing/test-ca';
export * from './certificates/testing/certificate-objects';
