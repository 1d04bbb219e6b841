/** Asks the hub a GraphQL question directly, so a test can compare the page with the API's answer. */
export async function queryHub<Data>(
  hubUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Data> {
  const response = await fetch(new URL('/graphql', hubUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await response.json()) as { data?: Data; errors?: Array<{ message: string }> };
  if (!body.data) throw new Error(`hub query failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * Polls `read` until `done` accepts its value, e.g. until the hub has synced every cluster. A read
 * that fails (a hub busy with its first sync may not answer in time) counts as "not yet".
 */
export async function waitForHub<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { timeoutMs = 30_000, intervalMs = 250 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | Error = new Error('not read yet');
  for (;;) {
    try {
      last = await read();
      if (done(last)) return last;
    } catch (error) {
      last = error instanceof Error ? error : new Error(String(error));
    }
    if (Date.now() > deadline) {
      const state = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`hub state not reached in ${timeoutMs} ms; last: ${state}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
