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

/** Polls `read` until `done` accepts its value, e.g. until the hub has synced every cluster. */
export async function waitForHub<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { timeoutMs = 30_000, intervalMs = 250 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (!done(last)) {
    if (Date.now() > deadline)
      throw new Error(`hub state not reached in ${timeoutMs} ms: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    last = await read();
  }
  return last;
}
