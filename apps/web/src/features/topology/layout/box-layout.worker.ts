import { BoxLayoutEngine } from './box-layout-engine';
import { type LayoutRequest, type LayoutResult } from './layout-protocol';

// The worker's global scope, typed by hand: the app compiles against the DOM library, whose
// `self` is a Window, and adding the webworker library beside it conflicts.
interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutResult, transfer: Transferable[]): void;
}

// One engine for the worker's lifetime: it is the cache that keeps positions between refreshes.
const engine = new BoxLayoutEngine();
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const result = engine.layout(event.data);
  scope.postMessage(result, [
    result.positions.buffer,
    result.namespaceRects.buffer,
    result.clusterRects.buffer,
  ]);
};
