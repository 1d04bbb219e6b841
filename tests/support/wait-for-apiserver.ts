import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface ProbeTarget {
  readonly url: string;
  readonly token?: string;
  /** For https: the CA to trust; returns undefined while the server has not written it yet. */
  readonly caPem?: () => string | undefined;
}

/** One GET; resolves to the HTTP status, or to an error text when no answer came. */
export function probe(target: ProbeTarget, timeoutMs = 2_000): Promise<number | string> {
  const secure = target.url.startsWith('https:');
  const ca = target.caPem?.();
  if (secure && ca === undefined) return Promise.resolve('no serving certificate yet');
  const headers: Record<string, string> =
    target.token === undefined ? {} : { authorization: `Bearer ${target.token}` };
  return new Promise((resolve) => {
    const onResponse = (res: IncomingMessage): void => {
      res.resume();
      res.once('end', () => resolve(res.statusCode ?? 0));
    };
    const req = secure
      ? httpsRequest(target.url, { method: 'GET', ca, headers, timeout: timeoutMs }, onResponse)
      : httpRequest(target.url, { method: 'GET', headers, timeout: timeoutMs }, onResponse);
    req.once('timeout', () => req.destroy(new Error('timed out')));
    req.once('error', (error) => resolve(error.message));
    req.end();
  });
}

export interface WaitOptions {
  readonly timeoutMs: number;
  /** A reason to give up at once, e.g. the process exited; checked between probes. */
  readonly abortReason: () => string | undefined;
}

/**
 * Polls until `target` answers 200. Throws with the last answer when the time is up or `abortReason`
 * gives a reason; the caller adds the process log.
 */
export async function waitUntilOk(target: ProbeTarget, options: WaitOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let last: number | string = 'not probed';
  for (;;) {
    const aborted = options.abortReason();
    if (aborted !== undefined) throw new Error(`${aborted}; last probe of ${target.url}: ${last}`);
    last = await probe(target);
    if (last === 200) return;
    if (Date.now() >= deadline) {
      throw new Error(
        `${target.url} not ready after ${options.timeoutMs} ms; last answer: ${last}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
