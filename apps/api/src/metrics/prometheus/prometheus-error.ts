/** A Prometheus HTTP API call that failed; `message` names the endpoint and the reason, no secrets. */
export class PrometheusError extends Error {
  constructor(
    readonly url: string,
    reason: string,
  ) {
    super(`${url}: ${reason}`);
    this.name = 'PrometheusError';
  }
}
