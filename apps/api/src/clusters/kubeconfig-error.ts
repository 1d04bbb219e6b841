/** A kubeconfig that cannot be used at all; start-up stops with this one-line message (exit code 2). */
export class KubeconfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KubeconfigError';
  }
}
