import { PrometheusError } from './prometheus-error';

export interface PrometheusEndpoint {
  url: string;
  bearerToken?: string;
  username?: string;
  password?: string;
}

export interface InstantSample {
  metric: Record<string, string>;
  value: number;
}

export interface RangeSeries {
  metric: Record<string, string>;
  points: Array<{ t: number; v: number }>;
}

interface ApiResponse {
  status?: string;
  error?: string;
  errorType?: string;
  data?: { resultType?: string; result?: unknown };
}

/** The Prometheus HTTP API (`/api/v1/query`, `/api/v1/query_range`), as served also by Thanos and Mimir. */
export class PrometheusClient {
  private readonly base: string;
  private readonly headers: Record<string, string>;

  constructor(
    readonly endpoint: PrometheusEndpoint,
    private readonly timeoutMs: number,
  ) {
    // fetch refuses URLs with credentials: move `user:password@` into basic auth.
    const url = new URL(endpoint.url);
    const username =
      endpoint.username ?? (url.username ? decodeURIComponent(url.username) : undefined);
    const password = endpoint.password ?? decodeURIComponent(url.password);
    url.username = '';
    url.password = '';
    this.base = url.toString().replace(/\/+$/, '');
    this.headers = { 'content-type': 'application/x-www-form-urlencoded' };
    if (endpoint.bearerToken) this.headers.authorization = `Bearer ${endpoint.bearerToken}`;
    else if (username !== undefined)
      this.headers.authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  }

  /** The URL without credentials, for sources, errors and logs. */
  get displayUrl(): string {
    return this.base;
  }

  async query(expr: string, time?: Date): Promise<InstantSample[]> {
    const params = new URLSearchParams({ query: expr });
    if (time) params.set('time', String(time.getTime() / 1000));
    const data = await this.post('/api/v1/query', params);
    if (data.resultType !== 'vector' || !Array.isArray(data.result)) return [];
    return (data.result as Array<{ metric: Record<string, string>; value: [number, string] }>).map(
      (r) => ({ metric: r.metric, value: Number(r.value[1]) }),
    );
  }

  async queryRange(
    expr: string,
    start: Date,
    end: Date,
    stepSeconds: number,
  ): Promise<RangeSeries[]> {
    const params = new URLSearchParams({
      query: expr,
      start: String(start.getTime() / 1000),
      end: String(end.getTime() / 1000),
      step: String(stepSeconds),
    });
    const data = await this.post('/api/v1/query_range', params);
    if (data.resultType !== 'matrix' || !Array.isArray(data.result)) return [];
    return (
      data.result as Array<{ metric: Record<string, string>; values: Array<[number, string]> }>
    ).map((r) => ({
      metric: r.metric,
      points: r.values.map(([t, v]) => ({ t: t * 1000, v: Number(v) })),
    }));
  }

  private async post(
    path: string,
    params: URLSearchParams,
  ): Promise<{ resultType?: string; result?: unknown }> {
    let response: Response;
    try {
      response = await fetch(`${this.base}${path}`, {
        method: 'POST',
        headers: this.headers,
        body: params.toString(),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new PrometheusError(this.displayUrl, describeFetchError(error, this.timeoutMs));
    }
    let body: ApiResponse;
    try {
      body = (await response.json()) as ApiResponse;
    } catch {
      throw new PrometheusError(
        this.displayUrl,
        `HTTP ${response.status}, not a Prometheus API answer`,
      );
    }
    if (response.status === 401 || response.status === 403)
      throw new PrometheusError(this.displayUrl, `HTTP ${response.status}: credentials rejected`);
    if (body.status !== 'success')
      throw new PrometheusError(
        this.displayUrl,
        `${body.errorType ?? `HTTP ${response.status}`}: ${body.error ?? 'query failed'}`,
      );
    return body.data ?? {};
  }
}

function describeFetchError(error: unknown, timeoutMs: number): string {
  const e = error as {
    name?: string;
    message?: string;
    cause?: { code?: string; message?: string };
  };
  if (e.name === 'TimeoutError' || e.name === 'AbortError')
    return `no answer within ${timeoutMs} ms`;
  const cause = e.cause?.code ?? e.cause?.message;
  return cause ? `unreachable (${cause})` : `unreachable (${e.message ?? String(error)})`;
}
