import { Injectable } from '@nestjs/common';
import { CertificateExpiryClass, classifyExpiry } from '@meshwork/model';
import { Gauge } from 'prom-client';
import { MetricsService } from '../observability/metrics.service';
import { CertificatesService } from './certificates.service';

const LABELS = ['cluster', 'mesh', 'namespace', 'name', 'role'] as const;

/**
 * Certificate gauges on /metrics, computed at scrape time from the current view, so they never lag
 * the model and need no bookkeeping. Two certificates with the same labels (two anchors in one
 * bundle) report the one that expires first: that is the one an alert must catch.
 */
@Injectable()
export class CertificateMetrics {
  constructor(metrics: MetricsService, certificates: CertificatesService) {
    new Gauge({
      name: 'meshwork_certificate_expiry_timestamp_seconds',
      help: 'notAfter of each mesh certificate, in seconds since the epoch.',
      labelNames: LABELS,
      registers: [metrics.registry],
      collect() {
        this.reset();
        const soonest = new Map<
          string,
          { labels: Record<(typeof LABELS)[number], string>; at: number }
        >();
        for (const c of certificates.current().certificates) {
          const labels = {
            cluster: c.cluster,
            mesh: c.mesh,
            namespace: c.source.namespace,
            name: c.source.name,
            role: c.role,
          };
          const key = JSON.stringify(labels);
          const at = Date.parse(c.notAfter) / 1000;
          const known = soonest.get(key);
          if (!known || at < known.at) soonest.set(key, { labels, at });
        }
        for (const { labels, at } of soonest.values()) this.set(labels, at);
      },
    });
    new Gauge({
      name: 'meshwork_certificates',
      help: 'Mesh certificates by expiry class (thresholds: certCriticalDays, certWarningDays).',
      labelNames: ['expiry_class'] as const,
      registers: [metrics.registry],
      collect() {
        const now = new Date();
        const counts = new Map(Object.values(CertificateExpiryClass).map((c) => [c, 0]));
        for (const c of certificates.current().certificates) {
          const expiryClass = classifyExpiry(c.notAfter, now, certificates.thresholds);
          counts.set(expiryClass, (counts.get(expiryClass) ?? 0) + 1);
        }
        for (const [expiryClass, count] of counts) this.set({ expiry_class: expiryClass }, count);
      },
    });
  }
}
