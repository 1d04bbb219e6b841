import { FieldSelector } from '../selectors/field-selector';
import { LabelSelector } from '../selectors/label-selector';
import { type ResourceRequest } from '../http/cluster-context';
import { parseResourceVersion } from '../http/read-handlers';
import { startStream } from '../http/responses';
import { Watcher } from './watcher';

// A client that lets this much pile up is dropped, as the apiserver drops watchers that cannot keep up.
const MAX_BUFFERED_BYTES = 64 * 1024 * 1024;

/**
 * Serves `?watch=true`: the current objects (without resourceVersion, "0", or with sendInitialEvents)
 * or the history after resourceVersion, then live events, BOOKMARKs when allowed, until
 * timeoutSeconds. A resourceVersion older than the history gets an ERROR event with a 410 Status.
 */
export function serveWatch(r: ResourceRequest): void {
  const { query, type, ctx, res } = r;
  const label = LabelSelector.parse(query.get('labelSelector'));
  let field = FieldSelector.parse(query.get('fieldSelector'), type.fieldSelectors);
  if (r.info.name !== '') field = field.and(FieldSelector.byName(r.info.name));
  const rvParam = query.get('resourceVersion') ?? '';
  const fromRv = rvParam === '' ? 0 : parseResourceVersion(rvParam);
  const sendInitialEvents = query.get('sendInitialEvents') === 'true';
  const bookmarks = query.get('allowWatchBookmarks') === 'true';
  const timeoutSeconds = Number(query.get('timeoutSeconds') ?? '');
  const timeoutMs =
    timeoutSeconds > 0 ? timeoutSeconds * 1000 : (1800 + Math.random() * 1800) * 1000;
  const namespace = type.namespaced && r.info.namespace !== '' ? r.info.namespace : undefined;

  startStream(res);
  const timers: NodeJS.Timeout[] = [];
  let unsubscribe = (): void => {};
  const watcher = new Watcher({
    storageKey: type.storageKey,
    namespace,
    apiVersion: r.apiVersion,
    label,
    field,
    write: (line) => {
      res.write(line);
      if (res.writableLength > MAX_BUFFERED_BYTES) res.destroy();
    },
    onClose: () => {
      unsubscribe();
      for (const t of timers) clearTimeout(t);
      if (!res.writableEnded) res.end();
    },
  });
  res.on('close', () => watcher.close());

  const bookmark = (initialEnd: boolean): void => {
    const metadata: Record<string, unknown> = {
      resourceVersion: String(Math.max(ctx.store.currentRv, fromRv)),
    };
    if (initialEnd) metadata.annotations = { 'k8s.io/initial-events-end': 'true' };
    res.write(
      `${JSON.stringify({ type: 'BOOKMARK', object: { kind: type.kind, apiVersion: r.apiVersion, metadata } })}\n`,
    );
  };

  if (rvParam === '' || rvParam === '0' || sendInitialEvents) {
    for (const stored of ctx.store.bucket(type).values(namespace)) watcher.sendInitial(stored);
    if (sendInitialEvents && bookmarks) bookmark(true);
  } else {
    const events = ctx.store.history.since(fromRv);
    if (!events) {
      const status = {
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: `too old resource version: ${fromRv} (${ctx.store.history.compactedRv + 1})`,
        reason: 'Expired',
        code: 410,
      };
      res.end(`${JSON.stringify({ type: 'ERROR', object: status })}\n`);
      return;
    }
    for (const event of events) {
      if (
        event.storageKey === type.storageKey &&
        (namespace === undefined || event.object.namespace === namespace)
      ) {
        watcher.deliver(event);
      }
    }
  }
  if (watcher.isClosed) return;
  unsubscribe = ctx.store.hub.subscribe(watcher);
  timers.push(setTimeout(() => watcher.close(), timeoutMs));
  if (bookmarks) {
    const interval = setInterval(() => bookmark(false), ctx.bookmarkIntervalMs);
    timers.push(interval);
  }
  for (const t of timers) t.unref();
}
