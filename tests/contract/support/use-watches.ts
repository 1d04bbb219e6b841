import { type ContractContext } from './contract-context';
import { WatchRecorder } from './watch-recorder';

export type StartWatch = (
  path: string,
  query: Record<string, string | boolean | number>,
) => Promise<WatchRecorder>;

/** Starts watches as the target's admin and stops every one of them after each test. */
export function useWatches(ctx: ContractContext): StartWatch {
  let recorders: WatchRecorder[] = [];
  afterEach(() => {
    for (const recorder of recorders) recorder.stop();
    recorders = [];
  });
  return async (path, query) => {
    const recorder = await WatchRecorder.start(ctx.target().admin, path, query);
    recorders.push(recorder);
    return recorder;
  };
}

export const configMapsPath = (namespace: string): string =>
  `/api/v1/namespaces/${namespace}/configmaps`;
