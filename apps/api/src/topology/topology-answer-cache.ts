import type { FormattedExecutionResult } from 'graphql';
import type { TopologyGraph } from './graph/topology-graph';

/** A whole GraphQL answer for one document and its variables, and the graph it was executed on. */
export interface TopologyAnswer {
  graph: TopologyGraph;
  result: FormattedExecutionResult;
  /** The serialized body, whose length bounds the cache. */
  body: string;
}

/**
 * Answers to topology-only operations per (document, operation name, variables). An answer is served
 * only while TopologyService returns the very graph object it was executed on, so it can never come
 * from an older fleet revision or metrics snapshot. Bounded in entries and in serialized bytes; the
 * least recently used answer goes first.
 */
export class TopologyAnswerCache {
  private readonly entries = new Map<string, TopologyAnswer>();
  private bytes = 0;

  constructor(
    private readonly maxEntries = 16,
    // Characters of serialized JSON; a 20 x 500 fleet's whole answer is ~14 M of them (plus its
    // bytes and result objects, ~60 MB of memory in all), so about three of those.
    private readonly maxBytes = 48 * 1024 * 1024,
    /** Called once for every answer that leaves the cache (or is refused by it). */
    private readonly onDrop: (answer: TopologyAnswer) => void = () => undefined,
  ) {}

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  get(key: string, graph: TopologyGraph): TopologyAnswer | undefined {
    const answer = this.entries.get(key);
    if (!answer) return undefined;
    // An answer from another graph is never valid again: graphs are replaced, not brought back.
    if (answer.graph !== graph) {
      this.remove(key);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, answer);
    return answer;
  }

  set(key: string, answer: TopologyAnswer): void {
    this.remove(key);
    if (answer.result.errors?.length || answer.body.length > this.maxBytes) {
      this.onDrop(answer);
      return;
    }
    this.entries.set(key, answer);
    this.bytes += answer.body.length;
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes)
      this.remove(this.entries.keys().next().value!);
  }

  private remove(key: string): void {
    const answer = this.entries.get(key);
    if (!answer) return;
    this.entries.delete(key);
    this.bytes -= answer.body.length;
    this.onDrop(answer);
  }
}
