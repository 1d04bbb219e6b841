import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';

export interface ManagedProcessOptions {
  /** Short name used in errors, e.g. `kube-apiserver[east]`. */
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  /** stdout and stderr are appended here, across restarts. */
  readonly logPath: string;
  readonly env?: NodeJS.ProcessEnv;
}

// Every child that is running, across all control planes in this Node process.
const running = new Set<ChildProcess>();
let exitHookInstalled = false;

/**
 * Kills leftover children when Node exits without stopping them (a test failed, a set-up threw, Jest was
 * told to exit). 'exit' listeners must be synchronous, so this sends SIGKILL and does not wait.
 */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of running) child.kill('SIGKILL');
  });
}

/**
 * A tiny `sh` that holds a pipe from this process and kills `pid` when the pipe closes. The pipe closes
 * however this process ends, SIGKILL and out-of-memory included, when no 'exit' listener runs.
 */
function spawnOrphanGuard(pid: number): ChildProcess {
  const guard = spawn(
    'sh',
    ['-c', 'cat >/dev/null; kill -9 "$1" 2>/dev/null', 'orphan-guard', String(pid)],
    {
      stdio: ['pipe', 'ignore', 'ignore'],
    },
  );
  // Neither the guard nor its pipe may keep this process alive.
  guard.unref();
  (guard.stdin as (NodeJS.WritableStream & { unref?: () => void }) | null)?.unref?.();
  return guard;
}

function dismissOrphanGuard(guard: ChildProcess | undefined): void {
  if (guard === undefined) return;
  // Kill the shell first so it cannot act on a pid that the kernel may hand out again; `cat` then sees
  // the pipe close and ends too.
  guard.kill('SIGKILL');
  guard.stdin?.destroy();
}

/**
 * One long-running child program (etcd or kube-apiserver): started with its output in a log file,
 * stopped with SIGTERM then SIGKILL, restartable with the same arguments, and killed with this process.
 */
export class ManagedProcess {
  private child: ChildProcess | undefined;
  private exited: Promise<number | null> = Promise.resolve(null);
  private exitDescription: string | undefined;

  constructor(private readonly options: ManagedProcessOptions) {}

  get name(): string {
    return this.options.name;
  }

  get logPath(): string {
    return this.options.logPath;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Why the last run ended, e.g. `exited with code 1`; undefined while it runs or before it ran. */
  get exitReason(): string | undefined {
    return this.exitDescription;
  }

  get isRunning(): boolean {
    return this.child !== undefined;
  }

  start(): void {
    if (this.child !== undefined) throw new Error(`${this.name} is already running`);
    installExitHook();
    appendFileSync(
      this.logPath,
      `\n--- ${new Date().toISOString()} ${this.options.command} ${this.options.args.join(' ')}\n`,
    );
    const log = openSync(this.logPath, 'a');
    let child: ChildProcess;
    try {
      child = spawn(this.options.command, [...this.options.args], {
        stdio: ['ignore', log, log],
        env: this.options.env ?? process.env,
      });
    } finally {
      // The child has its own copy of the descriptor.
      closeSync(log);
    }
    this.child = child;
    this.exitDescription = undefined;
    running.add(child);
    const guard = child.pid === undefined ? undefined : spawnOrphanGuard(child.pid);
    this.exited = new Promise((resolve) => {
      const finish = (description: string, code: number | null): void => {
        running.delete(child);
        dismissOrphanGuard(guard);
        if (this.child === child) this.child = undefined;
        this.exitDescription = description;
        resolve(code);
      };
      child.once('error', (error) => finish(`failed to start: ${error.message}`, null));
      child.once('exit', (code, signal) =>
        finish(signal === null ? `exited with code ${code}` : `killed by ${signal}`, code),
      );
    });
  }

  /** Resolves when the current run ends (at once if it is not running). */
  async waitForExit(): Promise<void> {
    await this.exited;
  }

  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. */
  async stop(graceMs = 5_000): Promise<void> {
    const child = this.child;
    if (child === undefined) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    try {
      await this.exited;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Resident memory in bytes from /proc (Linux); undefined when not running. */
  rssBytes(): number | undefined {
    const pid = this.pid;
    if (pid === undefined) return undefined;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
      return match?.[1] === undefined ? undefined : Number(match[1]) * 1024;
    } catch {
      return undefined;
    }
  }

  /** The last `lines` lines of the log, for error messages. */
  logTail(lines = 40): string {
    try {
      return readFileSync(this.logPath, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  }

  /** Creates (or empties) the log file before the first start. */
  resetLog(): void {
    writeFileSync(this.logPath, '');
  }
}
