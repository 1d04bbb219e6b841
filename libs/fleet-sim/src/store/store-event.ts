import { type StoredObject } from './stored-object';

export type StoreEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

/** One committed change. Its watch line is serialized once per apiVersion, whatever the number of watchers. */
export class StoreEvent {
  private readonly lines = new Map<string, string>();

  constructor(
    readonly type: StoreEventType,
    readonly storageKey: string,
    readonly object: StoredObject,
    /** The version before this change (absent for ADDED): lets selectors turn MODIFIED into ADDED/DELETED. */
    readonly prev: StoredObject | undefined,
  ) {}

  get rv(): number {
    return this.object.rv;
  }

  line(apiVersion: string): string {
    let line = this.lines.get(apiVersion);
    if (line === undefined) {
      line = `{"type":"${this.type}","object":${this.object.json(apiVersion)}}\n`;
      this.lines.set(apiVersion, line);
    }
    return line;
  }
}
