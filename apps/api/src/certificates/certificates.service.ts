import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import {
  type CertificateExpiryClass,
  type ExpiryThresholds,
  classifyExpiry,
  chainOf,
  nextExpiryClassChange,
  tryParseId,
} from '@meshwork/model';
import { Subject, type Subscription } from 'rxjs';
import { MESHWORK_CONFIG } from '../config/config.tokens';
import type { MeshworkConfig } from '../config/meshwork-config';
import { FleetState } from '../discovery/fleet-state.service';
import { CertificateView } from './certificate-view';
import { certificateMatcher } from './certificate-filter';
import { ConsulConnectRoots } from './consul-connect-roots.service';
import { CertificatesErrorCode, CertificatesException } from './certificates.exception';
import type { CertificateFilter, TrustFindingFilter } from './certificates.inputs';
import { toCertificateModel, toTrustFindingModel } from './certificates.mappers';
import type {
  CertificateDetailModel,
  CertificateModel,
  CertificatesChangedEventModel,
  CertificateSourceStatusModel,
  CertificateSummaryModel,
  TrustFindingModel,
} from './certificates.models';

/** Longest wait before the expiry timer looks again (setTimeout cannot wait much past 24 days). */
const MAX_TIMER_MS = 86_400_000;
const WATCHED_KINDS = new Set(['Certificate', 'Mesh', 'MeshLink']);

/**
 * Certificates of the whole fleet: what the adapters found (FleetState) plus the Consul Connect CA
 * read from the Consul API, classed by expiry at the time of each question, with trust findings.
 * Tells subscribers when certificates change and when time moves one across an expiry line.
 */
@Injectable()
export class CertificatesService implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly changes = new Subject<CertificatesChangedEventModel>();
  readonly thresholds: ExpiryThresholds;
  private view: CertificateView | undefined;
  private classes = new Map<string, CertificateExpiryClass>();
  private timer: NodeJS.Timeout | undefined;
  private subscriptions: Subscription[] = [];

  constructor(
    private readonly fleet: FleetState,
    private readonly consul: ConsulConnectRoots,
    @Inject(MESHWORK_CONFIG) config: MeshworkConfig,
  ) {
    this.thresholds = {
      criticalDays: config.certCriticalDays,
      warningDays: config.certWarningDays,
    };
  }

  onApplicationBootstrap(): void {
    this.subscriptions = [
      this.fleet.changes.subscribe((change) => {
        const ids = change.changedIds.filter((id) => WATCHED_KINDS.has(tryParseId(id)?.kind ?? ''));
        if (ids.length === 0) return;
        this.announce(
          'FLEET',
          change.clusters,
          ids.filter((id) => tryParseId(id)?.kind === 'Certificate'),
        );
      }),
      this.consul.changes.subscribe((cluster) => this.announce('CONSUL_API', [cluster], [])),
    ];
    this.armExpiryTimer(new Date());
  }

  onApplicationShutdown(): void {
    for (const subscription of this.subscriptions) subscription.unsubscribe();
    if (this.timer) clearTimeout(this.timer);
    this.changes.complete();
  }

  /** Matching certificates, soonest expiry first (so expired ones lead). */
  list(filter: CertificateFilter | undefined, now = new Date()): CertificateModel[] {
    const view = this.current();
    const matches = certificateMatcher(filter);
    const result: CertificateModel[] = [];
    for (const certificate of view.certificates) {
      const expiryClass = classifyExpiry(certificate.notAfter, now, this.thresholds);
      if (!matches(certificate, expiryClass)) continue;
      result.push(
        toCertificateModel(
          certificate,
          view.meshesById.get(certificate.mesh),
          now,
          this.thresholds,
        ),
      );
    }
    return result;
  }

  detail(id: string, now = new Date()): CertificateDetailModel {
    const view = this.current();
    const certificate = view.byId.get(id);
    if (!certificate) {
      throw new CertificatesException(
        CertificatesErrorCode.CERTIFICATE_NOT_FOUND,
        `no certificate with id "${id}"`,
      );
    }
    const model = (c: typeof certificate) =>
      toCertificateModel(c, view.meshesById.get(c.mesh), now, this.thresholds);
    return {
      ...model(certificate),
      issuers: chainOf(certificate, view.byId).map(model),
      findings: view.findingsAbout(id).map(toTrustFindingModel),
    };
  }

  findings(filter?: TrustFindingFilter): TrustFindingModel[] {
    return this.current()
      .findings.filter(
        (f) =>
          (!filter?.clusters?.length || f.clusters.some((c) => filter.clusters!.includes(c))) &&
          (!filter?.meshes?.length || f.meshes.some((m) => filter.meshes!.includes(m))) &&
          (!filter?.severities?.length || filter.severities.includes(f.severity)),
      )
      .map(toTrustFindingModel);
  }

  summary(now = new Date()): CertificateSummaryModel {
    const view = this.current();
    const counts = { EXPIRED: 0, CRITICAL: 0, WARNING: 0, OK: 0 };
    for (const c of view.certificates)
      counts[classifyExpiry(c.notAfter, now, this.thresholds)] += 1;
    return {
      total: view.certificates.length,
      expired: counts.EXPIRED,
      critical: counts.CRITICAL,
      warning: counts.WARNING,
      ok: counts.OK,
      criticalDays: this.thresholds.criticalDays,
      warningDays: this.thresholds.warningDays,
      findingErrors: view.findings.filter((f) => f.severity === 'ERROR').length,
      findingWarnings: view.findings.filter((f) => f.severity === 'WARNING').length,
    };
  }

  sourceStatuses(): CertificateSourceStatusModel[] {
    return this.consul.statuses(this.fleet.meshes());
  }

  /** The view for the current fleet revision and Consul answers, rebuilt only when they change. */
  current(): CertificateView {
    const key = `${this.fleet.revision}|${this.consul.revision}`;
    if (this.view?.key !== key) {
      const meshes = this.fleet.meshes();
      this.view = new CertificateView(
        key,
        [...this.fleet.certificates(), ...this.consul.certificates(meshes)],
        meshes,
        this.fleet.links(),
        this.thresholds,
      );
    }
    return this.view;
  }

  private announce(reason: string, clusters: string[], changedIds: string[]): void {
    this.changes.next({ revision: this.fleet.revision, reason, clusters, changedIds });
    this.armExpiryTimer(new Date());
  }

  /** Wakes up when the next certificate crosses a line, and tells subscribers which ones did. */
  private armExpiryTimer(now: Date): void {
    if (this.timer) clearTimeout(this.timer);
    const view = this.current();
    this.classes = new Map(
      view.certificates.map((c) => [c.id, classifyExpiry(c.notAfter, now, this.thresholds)]),
    );
    const next = nextExpiryClassChange(
      view.certificates.map((c) => c.notAfter),
      now,
      this.thresholds,
    );
    if (!next) return;
    const delay = Math.min(Math.max(next.getTime() - now.getTime(), 0) + 1, MAX_TIMER_MS);
    this.timer = setTimeout(() => this.onExpiryTimer(), delay);
    this.timer.unref();
  }

  private onExpiryTimer(): void {
    const now = new Date();
    const view = this.current();
    const changed = view.certificates.filter(
      (c) => this.classes.get(c.id) !== classifyExpiry(c.notAfter, now, this.thresholds),
    );
    if (changed.length > 0) {
      const clusters = [...new Set(changed.map((c) => c.cluster))].sort();
      this.announce(
        'EXPIRY_CLASS',
        clusters,
        changed.map((c) => c.id),
      );
    } else {
      this.armExpiryTimer(now);
    }
  }
}
