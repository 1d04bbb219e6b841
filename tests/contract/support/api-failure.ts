import { ApiException } from '@kubernetes/client-node';

/** What a failed call answered: the HTTP status and, when the body is a Status, its fields. */
export interface ApiFailure {
  readonly code: number;
  readonly reason: string | undefined;
  readonly message: string | undefined;
  readonly details: Record<string, unknown> | undefined;
}

function parseStatus(body: unknown): Record<string, unknown> | undefined {
  if (typeof body === 'object' && body !== null) return body as Record<string, unknown>;
  if (typeof body !== 'string' || body === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === 'object' && parsed !== null
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The API error in `error`, or undefined when it is another kind of error. */
export function toApiFailure(error: unknown): ApiFailure | undefined {
  if (!(error instanceof ApiException)) return undefined;
  const status = parseStatus(error.body);
  const text = (key: string): string | undefined =>
    typeof status?.[key] === 'string' ? status[key] : undefined;
  const details = status?.['details'];
  return {
    code: error.code,
    reason: text('reason'),
    message: text('message'),
    details:
      typeof details === 'object' && details !== null
        ? (details as Record<string, unknown>)
        : undefined,
  };
}

/** Awaits a call that must fail with an API error and returns that error; throws if it succeeds. */
export async function apiFailure(call: Promise<unknown>): Promise<ApiFailure> {
  try {
    await call;
  } catch (error) {
    const failure = toApiFailure(error);
    if (failure === undefined) throw error;
    return failure;
  }
  throw new Error('expected the API call to fail, but it succeeded');
}

/** Runs `call`, treating an API error with status `code` as done (e.g. 404 on a clean-up delete). */
export async function ignoringStatus(code: number, call: Promise<unknown>): Promise<void> {
  try {
    await call;
  } catch (error) {
    if (toApiFailure(error)?.code !== code) throw error;
  }
}
