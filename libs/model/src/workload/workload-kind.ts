/** Values are the Kubernetes kind names, so they also serve as the kind segment of workload ids. */
export enum WorkloadKind {
  DEPLOYMENT = 'Deployment',
  STATEFUL_SET = 'StatefulSet',
  DAEMON_SET = 'DaemonSet',
  REPLICA_SET = 'ReplicaSet',
  JOB = 'Job',
  CRON_JOB = 'CronJob',
  /** A pod with no controller we can see. */
  POD = 'Pod',
}
