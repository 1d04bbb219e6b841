import type { Workload } from '@meshwork/model';

/** The app a workload belongs to: its `app` label, else `app.kubernetes.io/name`, else its own name. */
export function appName(workload: Workload): string {
  return workload.labels.app ?? workload.labels['app.kubernetes.io/name'] ?? workload.name;
}
