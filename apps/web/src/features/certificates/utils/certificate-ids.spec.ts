import { affectsCertificates, certificatePath } from './certificate-ids';

describe('certificate ids', () => {
  it('refetches for certificate, mesh and link changes, not for a pod rollout', () => {
    expect(
      affectsCertificates(['east/istio-system/Certificate/Secret:cacerts:ca-cert.pem:0']),
    ).toBe(true);
    expect(affectsCertificates(['east/istio-system/Mesh/istio'])).toBe(true);
    expect(affectsCertificates(['east/shop/Deployment/cart', 'east/shop/Service/cart'])).toBe(
      false,
    );
  });

  it('keeps the id in one path segment and the view state around it', () => {
    expect(
      certificatePath('east/istio-system/Certificate/Secret:cacerts:ca.crt:0', '?class=OK'),
    ).toBe(
      '/certificates/east%2Fistio-system%2FCertificate%2FSecret%3Acacerts%3Aca.crt%3A0?class=OK',
    );
  });
});
