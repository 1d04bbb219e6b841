import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { type Certificate, CertificateSourceKind, type Mesh, MeshKind } from '@meshwork/model';
import type { Logger } from 'pino';
import { Subject } from 'rxjs';
import { MESHWORK_CONFIG } from '../config/config.tokens';
import type { MeshworkConfig } from '../config/meshwork-config';
import { LOGGER } from '../logging/logging.tokens';
import { CertificateSourceState } from './certificate-source-state';
import { connectRootsCertificates } from './consul-connect-roots';
import { ConsulRootsWatch } from './consul-roots-watch';
import type { CertificateSourceStatusModel } from './certificates.models';

const BLOCKING_WAIT_SECONDS = 300;

interface Parsed {
  version: number;
  certificates: Certificate[];
}

/**
 * The Consul Connect CA, which no Kubernetes object holds: read from each configured Consul HTTP API
 * (config `consulHttpAddresses`, keyed `<cluster>` or `<cluster>/<release namespace>`). Consul meshes
 * without an address get a NOT_CONFIGURED status instead of silence.
 */
@Injectable()
export class ConsulConnectRoots implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly changes = new Subject<string>();
  /** Increases whenever any Consul API answer or error changes. */
  revision = 0;
  private readonly watches = new Map<string, ConsulRootsWatch>();
  private readonly parsed = new Map<string, Parsed>();

  constructor(
    @Inject(MESHWORK_CONFIG) private readonly config: MeshworkConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    for (const [key, address] of Object.entries(this.config.consulHttpAddresses)) {
      const watch = new ConsulRootsWatch(
        key,
        {
          address,
          ...(this.config.consulHttpToken && { token: this.config.consulHttpToken }),
          timeoutMs: this.config.clusterTimeoutMs,
          retryMs: this.config.clusterRetryMs,
          waitSeconds: BLOCKING_WAIT_SECONDS,
        },
        this.logger,
        () => {
          this.revision += 1;
          this.changes.next(key.split('/')[0]!);
        },
      );
      this.watches.set(key, watch);
      watch.start();
    }
  }

  onApplicationShutdown(): void {
    for (const watch of this.watches.values()) watch.stop();
  }

  /** Connect CA certificates of every Consul mesh that has an address. */
  certificates(meshes: readonly Mesh[]): Certificate[] {
    return this.consulMeshes(meshes).flatMap(({ mesh, watch }) => {
      if (!watch?.state.body) return [];
      const cacheKey = `${watch.key}|${mesh.id}`;
      const cached = this.parsed.get(cacheKey);
      if (cached?.version === watch.state.version) return cached.certificates;
      const { certificates } = connectRootsCertificates(mesh.cluster, mesh, watch.state.body);
      this.parsed.set(cacheKey, { version: watch.state.version, certificates });
      return certificates;
    });
  }

  statuses(meshes: readonly Mesh[]): CertificateSourceStatusModel[] {
    return this.consulMeshes(meshes).map(({ mesh, watch }) => {
      const base = { cluster: mesh.cluster, mesh: mesh.id, kind: CertificateSourceKind.ConsulAPI };
      if (!watch) {
        return {
          ...base,
          state: CertificateSourceState.NOT_CONFIGURED,
          message:
            `Consul API not configured for ${mesh.cluster}: its Connect CA (the certificates ` +
            'that sign service identities) cannot be read; set consulHttpAddresses',
        };
      }
      const { state } = watch;
      const checked = state.checkedAt ? { checkedAt: state.checkedAt } : {};
      if (state.error) {
        return {
          ...base,
          ...checked,
          state: CertificateSourceState.ERROR,
          message: `${state.error}${state.body ? '; showing the last roots read' : ''}`,
        };
      }
      if (!state.body) {
        return { ...base, state: CertificateSourceState.PENDING, message: 'not read yet' };
      }
      const { errors, trustDomain } = connectRootsCertificates(mesh.cluster, mesh, state.body);
      return {
        ...base,
        ...checked,
        state: errors.length ? CertificateSourceState.ERROR : CertificateSourceState.OK,
        message: errors.length
          ? errors.map((e) => e.message).join('; ')
          : `Connect CA roots read${trustDomain ? ` (trust domain ${trustDomain})` : ''}`,
      };
    });
  }

  private consulMeshes(meshes: readonly Mesh[]) {
    const consul = meshes.filter((m) => m.kind === MeshKind.CONSUL);
    const firstPerCluster = new Map<string, string>();
    for (const mesh of [...consul].sort((a, b) => a.id.localeCompare(b.id)))
      if (!firstPerCluster.has(mesh.cluster)) firstPerCluster.set(mesh.cluster, mesh.id);
    return consul.map((mesh) => ({
      mesh,
      watch:
        this.watches.get(`${mesh.cluster}/${mesh.namespace}`) ??
        (firstPerCluster.get(mesh.cluster) === mesh.id
          ? this.watches.get(mesh.cluster)
          : undefined),
    }));
  }
}
