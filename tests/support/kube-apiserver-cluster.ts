import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import type { ControlPlaneCluster } from './control-plane';
import type { ControlPlaneClusterInfo } from './control-plane-state';
import { writeKubeconfig, type KubeconfigEntry } from './kubeconfig-file';
import { ManagedProcess } from './managed-process';
import { grantReadOnlyRole, READ_ONLY_USER } from './read-only-role';
import { writeServiceAccountKeys } from './service-account-keys';
import { waitUntilOk } from './wait-for-apiserver';

const ADMIN_USER = 'meshwork-admin';

export interface KubeApiserverClusterOptions {
  readonly name: string;
  readonly binDir: string;
  /** This cluster's own folder: certificates, keys, token file, kubeconfigs, log. */
  readonly dir: string;
  readonly etcdUrl: string;
  readonly port: number;
  readonly readyTimeoutMs: number;
  /** Appended after the defaults; a repeated flag overrides the default. */
  readonly extraArgs: readonly string[];
}

function newToken(): string {
  return randomBytes(24).toString('hex');
}

/** One kube-apiserver, i.e. one test cluster, on the shared etcd under the prefix /<name>. */
export class KubeApiserverCluster implements ControlPlaneCluster {
  readonly name: string;
  readonly server: string;
  readonly adminToken = newToken();
  readonly readOnlyToken = newToken();
  readonly adminKubeconfigPath: string;
  readonly readOnlyKubeconfigPath: string;
  private readonly certDir: string;
  private readonly process: ManagedProcess;
  private servingCa: string | undefined;
  private lastReadyMs: number | undefined;
  private bootstrapped = false;

  constructor(private readonly options: KubeApiserverClusterOptions) {
    this.name = options.name;
    this.server = `https://127.0.0.1:${options.port}`;
    this.adminKubeconfigPath = join(options.dir, 'admin.kubeconfig');
    this.readOnlyKubeconfigPath = join(options.dir, 'readonly.kubeconfig');
    this.certDir = join(options.dir, 'certs');
    mkdirSync(this.certDir, { recursive: true, mode: 0o700 });

    const keys = writeServiceAccountKeys(options.dir);
    const tokenFile = join(options.dir, 'tokens.csv');
    // token,user,uid,"group1,group2": system:masters passes every authorization check.
    writeFileSync(
      tokenFile,
      `${this.adminToken},${ADMIN_USER},${ADMIN_USER},"system:masters"\n` +
        `${this.readOnlyToken},${READ_ONLY_USER},${READ_ONLY_USER}\n`,
      { mode: 0o600 },
    );
    this.process = new ManagedProcess({
      name: `kube-apiserver[${options.name}]`,
      command: join(options.binDir, 'kube-apiserver'),
      args: [
        `--etcd-servers=${options.etcdUrl}`,
        `--etcd-prefix=/${options.name}`,
        '--bind-address=127.0.0.1',
        '--advertise-address=127.0.0.1',
        `--secure-port=${options.port}`,
        `--cert-dir=${this.certDir}`,
        '--service-cluster-ip-range=10.0.0.0/24',
        '--service-account-issuer=https://kubernetes.default.svc',
        `--service-account-key-file=${keys.publicKeyPath}`,
        `--service-account-signing-key-file=${keys.privateKeyPath}`,
        `--token-auth-file=${tokenFile}`,
        '--authorization-mode=RBAC',
        // Upstream's own test defaults: no controller keeps the kubernetes Service's endpoints, and
        // without kube-controller-manager no service-account tokens would ever be made for pods.
        '--endpoint-reconciler-type=none',
        '--disable-admission-plugins=ServiceAccount',
        // Sidecar injectors' init containers may ask for it; no kubelet runs them anyway.
        '--allow-privileged=true',
        ...options.extraArgs,
      ],
      logPath: join(options.dir, 'kube-apiserver.log'),
    });
    this.process.resetLog();
  }

  get caPem(): string {
    if (this.servingCa === undefined)
      throw new Error(`${this.name}: the apiserver has not started yet`);
    return this.servingCa;
  }

  /** Milliseconds from spawn to the first 200 from /readyz, for the last start. */
  get readyMs(): number | undefined {
    return this.lastReadyMs;
  }

  get pid(): number | undefined {
    return this.process.pid;
  }

  get logPath(): string {
    return this.process.logPath;
  }

  get isRunning(): boolean {
    return this.process.isRunning;
  }

  rssBytes(): number | undefined {
    return this.process.rssBytes();
  }

  async start(): Promise<void> {
    const started = Date.now();
    this.process.start();
    // The self-signed serving certificate is made at the first start and reused on restarts, so clients
    // configured before a restart keep trusting the cluster.
    const certPath = join(this.certDir, 'apiserver.crt');
    try {
      await waitUntilOk(
        {
          url: `${this.server}/readyz`,
          token: this.adminToken,
          caPem: () => (existsSync(certPath) ? readFileSync(certPath, 'utf8') : undefined),
        },
        { timeoutMs: this.options.readyTimeoutMs, abortReason: () => this.process.exitReason },
      );
    } catch (error) {
      await this.process.stop();
      throw new Error(
        `kube-apiserver for cluster '${this.name}' did not become ready: ${(error as Error).message}\n` +
          `log tail (${this.process.logPath}):\n${this.process.logTail()}`,
        { cause: error },
      );
    }
    this.lastReadyMs = Date.now() - started;
    this.servingCa = readFileSync(certPath, 'utf8');
    if (!this.bootstrapped) await this.bootstrap();
  }

  async stop(): Promise<void> {
    await this.process.stop();
  }

  /** Kubeconfig entries for this cluster's two identities (admin first). */
  kubeconfigEntries(): [KubeconfigEntry, KubeconfigEntry] {
    const common = { cluster: this.name, server: this.server, caPem: this.caPem };
    return [
      { ...common, context: this.name, user: `${this.name}-admin`, token: this.adminToken },
      {
        ...common,
        context: `${this.name}-readonly`,
        user: `${this.name}-readonly`,
        token: this.readOnlyToken,
      },
    ];
  }

  info(): ControlPlaneClusterInfo {
    return {
      name: this.name,
      server: this.server,
      adminToken: this.adminToken,
      readOnlyToken: this.readOnlyToken,
      caPem: this.caPem,
      adminKubeconfigPath: this.adminKubeconfigPath,
      readOnlyKubeconfigPath: this.readOnlyKubeconfigPath,
    };
  }

  /** Once per cluster (the objects live in etcd and survive restarts): kubeconfigs and the read-only role. */
  private async bootstrap(): Promise<void> {
    const [admin, readOnly] = this.kubeconfigEntries();
    writeKubeconfig(this.adminKubeconfigPath, [admin]);
    writeKubeconfig(this.readOnlyKubeconfigPath, [readOnly]);
    const adminConfig = new KubeConfig();
    adminConfig.loadFromFile(this.adminKubeconfigPath);
    const readerConfig = new KubeConfig();
    readerConfig.loadFromFile(this.readOnlyKubeconfigPath);
    await grantReadOnlyRole(adminConfig, readerConfig);
    this.bootstrapped = true;
  }
}
