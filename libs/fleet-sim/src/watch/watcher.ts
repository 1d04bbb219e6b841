import { type FieldSelector } from '../selectors/field-selector';
import { type LabelSelector } from '../selectors/label-selector';
import { type StoreEvent } from '../store/store-event';
import { type StoredObject } from '../store/stored-object';
import { type WatchSubscriber } from './watch-hub';

export interface WatcherOptions {
  storageKey: string;
  namespace: string | undefined;
  apiVersion: string;
  label: LabelSelector;
  field: FieldSelector;
  /** Writes one newline-terminated JSON event to the client. */
  write: (line: string) => void;
  onClose: () => void;
}

/**
 * One client's watch. With selectors, a change that moves an object into the selection is sent as
 * ADDED and one that moves it out as DELETED (the old content at the new resourceVersion), as the
 * watch cache does.
 */
export class Watcher implements WatchSubscriber {
  readonly storageKey: string;
  readonly namespace: string | undefined;
  private closed = false;

  constructor(private readonly options: WatcherOptions) {
    this.storageKey = options.storageKey;
    this.namespace = options.namespace;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  deliver(event: StoreEvent): void {
    if (this.closed) return;
    const now = this.matches(event.object);
    if (event.type === 'ADDED') {
      if (now) this.options.write(event.line(this.options.apiVersion));
      return;
    }
    const before = event.prev !== undefined && this.matches(event.prev);
    if (event.type === 'DELETED') {
      if (before || now) this.options.write(event.line(this.options.apiVersion));
    } else if (now && before) this.options.write(event.line(this.options.apiVersion));
    else if (now)
      this.options.write(
        `{"type":"ADDED","object":${event.object.json(this.options.apiVersion)}}\n`,
      );
    else if (before && event.prev) {
      const gone = {
        ...event.prev.object,
        metadata: { ...event.prev.object.metadata, resourceVersion: String(event.rv) },
      };
      this.options.write(
        `${JSON.stringify({ type: 'DELETED', object: { ...gone, apiVersion: this.options.apiVersion } })}\n`,
      );
    }
  }

  /** The synthetic ADDED of a current object, for watches that start with the current state. */
  sendInitial(stored: StoredObject): void {
    if (!this.closed && this.matches(stored)) {
      this.options.write(`{"type":"ADDED","object":${stored.json(this.options.apiVersion)}}\n`);
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.options.onClose();
  }

  private matches(stored: StoredObject): boolean {
    return (
      this.options.label.matches(stored.object.metadata.labels) &&
      this.options.field.matches(stored.object)
    );
  }
}
