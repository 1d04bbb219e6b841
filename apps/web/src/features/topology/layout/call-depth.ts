/**
 * How far each node is from where traffic enters: 0 for traffic sources and nodes nobody calls,
 * then one more per hop (breadth first). Nodes only reachable through a cycle get the depth of the
 * first node of theirs that is reached. Ordering by depth puts callers before the services they call.
 */
export function callDepth(nodeCount: number, edges: Int32Array, sources: Uint8Array): Int32Array {
  const outStart = new Int32Array(nodeCount + 1);
  const inDegree = new Int32Array(nodeCount);
  for (let i = 0; i + 1 < edges.length; i += 2) {
    outStart[edges[i]! + 1]! += 1;
    inDegree[edges[i + 1]!]! += 1;
  }
  for (let n = 0; n < nodeCount; n++) outStart[n + 1]! += outStart[n]!;
  const targets = new Int32Array(edges.length / 2);
  const fill = outStart.slice(0, nodeCount);
  for (let i = 0; i + 1 < edges.length; i += 2) {
    targets[fill[edges[i]!]!++] = edges[i + 1]!;
  }

  const depth = new Int32Array(nodeCount).fill(-1);
  const queue = new Int32Array(nodeCount);
  let head = 0;
  let tail = 0;
  const visitFrom = (start: number, startDepth: number) => {
    depth[start] = startDepth;
    queue[tail++] = start;
    while (head < tail) {
      const node = queue[head++]!;
      for (let k = outStart[node]!; k < outStart[node + 1]!; k++) {
        const next = targets[k]!;
        if (depth[next] !== -1) continue;
        depth[next] = depth[node]! + 1;
        queue[tail++] = next;
      }
    }
  };
  for (let n = 0; n < nodeCount; n++) {
    if (depth[n] === -1 && (sources[n] === 1 || inDegree[n] === 0)) visitFrom(n, 0);
  }
  // Whatever is left sits on cycles nobody enters from outside.
  for (let n = 0; n < nodeCount; n++) if (depth[n] === -1) visitFrom(n, 0);
  return depth;
}
