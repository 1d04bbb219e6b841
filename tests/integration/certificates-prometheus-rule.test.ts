import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const RULE_FILE = join(__dirname, '..', '..', 'deploy', 'prometheus-rule.yaml');
const hasPromtool = spawnSync('promtool', ['--version'], { stdio: 'ignore' }).status === 0;
const DAY = 86_400;

const series = (cluster: string, namespace: string, name: string, role: string, at: number) => ({
  series: `meshwork_certificate_expiry_timestamp_seconds{cluster="${cluster}",mesh="m",namespace="${namespace}",name="${name}",role="${role}"}`,
  values: `${at}x180`,
});

const alert = (
  name: string,
  severity: string,
  labels: Record<string, string>,
  summary: string,
  description: string,
) => ({
  eval_time: '2h',
  alertname: name,
  exp_alerts: [
    {
      exp_labels: { severity, mesh: 'm', ...labels },
      exp_annotations: { summary, description },
    },
  ],
});

/**
 * The example PrometheusRule, run by promtool on Meshwork's gauge: the expired, the 7-day and the
 * 60-day alerts each catch exactly the certificate they should, and a healthy root raises nothing.
 */
(hasPromtool ? describe : describe.skip)(
  `deploy/prometheus-rule.yaml under promtool${hasPromtool ? '' : ' (skipped: promtool not on PATH)'}`,
  () => {
    it('fires expired, 7-day and 60-day alerts for the certificates at those distances', () => {
      const dir = mkdtempSync(join(tmpdir(), 'meshwork-rules-'));
      const rule = parse(readFileSync(RULE_FILE, 'utf8')) as { kind: string; spec: unknown };
      expect(rule.kind).toBe('PrometheusRule');
      writeFileSync(join(dir, 'rules.yaml'), stringify(rule.spec));
      execFileSync('promtool', ['check', 'rules', join(dir, 'rules.yaml')], { timeout: 20_000 });
      const osm = {
        cluster: 'central',
        namespace: 'osm-system',
        name: 'osm-ca-bundle',
        role: 'ROOT',
      };
      const issuer = {
        cluster: 'north',
        namespace: 'linkerd',
        name: 'linkerd-identity-issuer',
        role: 'ISSUER',
      };
      const west = {
        cluster: 'west',
        namespace: 'istio-system',
        name: 'cacerts',
        role: 'INTERMEDIATE',
      };
      const tests = {
        rule_files: ['rules.yaml'],
        evaluation_interval: '1m',
        tests: [
          {
            interval: '1m',
            input_series: [
              series('central', 'osm-system', 'osm-ca-bundle', 'ROOT', -3 * DAY),
              series('north', 'linkerd', 'linkerd-identity-issuer', 'ISSUER', 5 * DAY),
              series('west', 'istio-system', 'cacerts', 'INTERMEDIATE', 45 * DAY),
              series('east', 'istio-system', 'cacerts', 'ROOT', 3000 * DAY),
            ],
            alert_rule_test: [
              alert(
                'MeshCertificateExpired',
                'critical',
                osm,
                'ROOT certificate osm-system/osm-ca-bundle in central has expired',
                'The ROOT certificate stored in osm-system/osm-ca-bundle (mesh m, cluster central) expired 3d 2h 0m 0s ago. Workloads of this mesh can no longer get or verify certificates signed with it: rotate it now.',
              ),
              alert(
                'MeshCertificateExpiresWithin7Days',
                'critical',
                issuer,
                'ISSUER certificate linkerd/linkerd-identity-issuer in north expires within 7 days',
                'Expires in 4d 22h 0m 0s (mesh m). Rotate it before then; for a root, distribute the new root to every linked cluster first.',
              ),
              alert(
                'MeshCertificateExpiresWithin60Days',
                'warning',
                west,
                'INTERMEDIATE certificate istio-system/cacerts in west expires within 60 days',
                'Expires in 44d 22h 0m 0s (mesh m). Plan the rotation.',
              ),
            ],
          },
        ],
      };
      writeFileSync(join(dir, 'tests.yaml'), stringify(tests));
      const run = spawnSync('promtool', ['test', 'rules', join(dir, 'tests.yaml')], {
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(`${run.stdout}${run.stderr}`).toContain('SUCCESS');
      expect(run.status).toBe(0);
    }, 30_000);
  },
);
