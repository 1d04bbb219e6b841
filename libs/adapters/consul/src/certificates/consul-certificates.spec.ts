import { TestCa, secretOf, webhookConfigurationOf } from '@meshwork/adapters-core/testing';
import { CertificateRole } from '@meshwork/model';
import { fixtureSnapshot } from '../__fixtures__/load-fixtures';
import { ConsulAdapter } from '../consul-adapter';
import { CONSUL_AGENT_CA_NOTE } from './consul-certificates';

describe('Consul certificates', () => {
  it("reads the release's agent TLS CA, labelled as such, and its injector webhook's caBundle", async () => {
    const agentCa = await TestCa.root({ subject: 'CN=Consul Agent CA 1234', daysLeft: 1735 });
    const webhookCa = await TestCa.root({ subject: 'CN=Consul Webhook CA', daysLeft: 20 });
    const adapter = new ConsulAdapter();
    const snapshot = fixtureSnapshot('east', 'control-plane')
      .add(
        secretOf('consul', 'consul-ca-cert', { 'tls.crt': agentCa.pem }),
        secretOf('consul', 'consul-ca-key', { 'tls.key': await agentCa.privateKeyPem() }),
        webhookConfigurationOf(
          'MutatingWebhookConfiguration',
          'consul-connect-injector',
          'consul',
          webhookCa.pem,
        ),
      )
      .build();
    const [mesh] = adapter.detect(snapshot);
    const result = adapter.discover(snapshot, mesh!);
    expect(result.certificates.map((c) => [c.id, c.role, c.note])).toEqual([
      [
        'east/consul/Certificate/MutatingWebhookConfiguration:consul-connect-injector:consul-connect-injector.example.io:0',
        CertificateRole.WEBHOOK,
        undefined,
      ],
      [
        'east/consul/Certificate/Secret:consul-ca-cert:tls.crt:0',
        CertificateRole.AGENT_CA,
        CONSUL_AGENT_CA_NOTE,
      ],
    ]);
    expect(JSON.stringify(result)).not.toContain('PRIVATE KEY');
  });
});
